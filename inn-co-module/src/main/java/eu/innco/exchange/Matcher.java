package eu.innco.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a need and an offer fit, and how well, from their values alone, so that a need written in
 * Greek finds an offer written in French. They fit when they are of the same category, from two
 * organisations, and the offer serves one of the need's countries (or either side works remotely);
 * a shared sector weighs most, then the country, then each shared working language (at most three).
 */
public final class Matcher {
    static final int SECTOR = 4;
    static final int COUNTRY = 2;
    static final int LANGUAGE = 1;

    private Matcher() {}

    /** The match of {@code other} seen from {@code item}, or null when they do not fit. */
    public static Match of(Entry item, Entry other) {
        if (item.kind() == other.kind() || item.member().equals(other.member()) || !item.category().equals(other.category())) return null;
        List<Reason> reasons = new ArrayList<>();
        int score = 0;
        Set<String> sectors = shared(item.sectors(), other.sectors());
        if (!sectors.isEmpty()) {
            score += SECTOR;
            reasons.add(new Reason("sector", List.copyOf(sectors)));
        }
        Set<String> countries = shared(item.countries(), other.countries());
        if (!countries.isEmpty()) {
            reasons.add(new Reason("serves", List.copyOf(countries)));
        } else if (item.remote() || other.remote()) {
            reasons.add(new Reason("remote", List.of()));
        } else {
            return null;
        }
        score += COUNTRY;
        Set<String> languages = shared(item.languages(), other.languages());
        if (!languages.isEmpty()) {
            score += LANGUAGE * Math.min(3, languages.size());
            reasons.add(new Reason("speaks", List.copyOf(languages)));
        }
        return new Match(other, score, reasons);
    }

    private static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }
}
