package eu.innco.exchange;

import java.util.List;

/** An item that fits another, with its rank's score and the reasons, strongest first. */
public record Match(Entry entry, int score, List<Reason> reasons) {
    public Match {
        reasons = List.copyOf(reasons);
    }
}
