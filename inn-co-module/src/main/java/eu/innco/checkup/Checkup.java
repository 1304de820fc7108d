package eu.innco.checkup;

import java.time.Instant;
import java.util.Optional;

/**
 * A group's check-up as its organiser and participants see it: an optional group name, the
 * language it was started in, when, whether it is closed and whether participants may see the
 * results; {@code previous} is the group's earlier check-up this one follows up, if any;
 * {@code barometer} whether its scores feed the public barometer (with the group's {@code country},
 * possibly empty); {@code role} says which link was used to reach it.
 */
public record Checkup(String id, String name, String locale, Instant created, Optional<Instant> closed, boolean shareResults,
                      Optional<String> previous, boolean barometer, String country, Role role) {
    /** Who holds the link: the organiser (manages, reads results) or a participant (answers). */
    public enum Role { ORGANISER, PARTICIPANT }

    public boolean isClosed() {
        return closed.isPresent();
    }
}
