package eu.innco.checkup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.jackrabbit.oak.api.PropertyState;
import org.apache.jackrabbit.oak.api.Type;
import org.apache.jackrabbit.oak.spi.state.NodeState;

/**
 * A check-up read from the node store's tree rather than through a JCR session (the same node and
 * properties {@code CheckupStore} writes): opening a check-up is on every answer's path, and a
 * session's login cost more than everything else that reading does.
 */
final class CheckupState {
    private CheckupState() {}

    static Checkup read(String id, NodeState n, Checkup.Role role) {
        return new Checkup(id, n.getString("name"), n.getString("locale"), date(n, "created").orElseThrow(),
                date(n, "closed"), n.getBoolean("shareResults"), Optional.ofNullable(n.getString("previous")),
                n.getBoolean("barometer"), Optional.ofNullable(n.getString("country")).orElse(""), role);
    }

    /** A JCR date as Oak keeps it: ISO 8601 with its offset ("Z" or "+hh:mm"). */
    private static Optional<Instant> date(NodeState n, String name) {
        PropertyState p = n.getProperty(name);
        return p == null ? Optional.empty() : Optional.of(OffsetDateTime.parse(p.getValue(Type.DATE)).toInstant());
    }
}
