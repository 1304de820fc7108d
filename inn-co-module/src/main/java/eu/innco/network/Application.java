package eu.innco.network;

import java.time.Instant;
import java.util.List;

/**
 * A stored application: its fields, the language it was written in, the terms version accepted and
 * when, what moderators should know (possible duplicates, their last note), and when it expires.
 */
public record Application(String id, ApplicationState state, String locale, ApplicationFields fields, String termsVersion,
                          Instant termsAcceptedAt, Instant created, Instant expires, List<String> duplicates, String note,
                          boolean hasLogo) {
    public Application {
        duplicates = List.copyOf(duplicates);
        note = note == null ? "" : note;
    }

    public boolean verified() {
        return state != ApplicationState.UNVERIFIED;
    }
}
