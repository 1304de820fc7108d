package eu.innco.exchange;

import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.Value;

/**
 * How many offers, needs and initiatives one member organisation may post in 24 hours
 * ({@code INNCO_EXCHANGE_POSTS_PER_DAY}). Each post's time is kept in the repository under
 * {@code /innco:system/exchangePosts/<organisation>}, so that withdrawing and posting again counts, a
 * restart forgets nothing, and every server of a cluster counts the same posts.
 */
public final class PostingQuota {
    static final String FOLDER = "exchangePosts";
    static final Duration WINDOW = Duration.ofDays(1);
    private final ContentRepository repository;
    private final int perDay;
    private final Clock clock;

    public PostingQuota(ContentRepository repository, int perDay, Clock clock) {
        this.repository = repository;
        this.perDay = perDay;
        this.clock = clock;
    }

    public int perDay() {
        return perDay;
    }

    /** Counts one post of the organisation; when the day's posts are used up, how long until the next may be posted instead. */
    public synchronized Optional<Duration> take(String organisation) {
        Instant now = clock.instant();
        return repository.writeDurably(s -> {
            Node folder = NodeTypes.systemFolder(s, FOLDER);
            Node n = folder.hasNode(organisation) ? folder.getNode(organisation) : folder.addNode(organisation, "mgnl:contentNode");
            List<Instant> recent = new ArrayList<>();
            if (n.hasProperty("at")) {
                for (Value v : n.getProperty("at").getValues()) {
                    Instant t = v.getDate().toInstant();
                    if (t.isAfter(now.minus(WINDOW))) recent.add(t);
                }
            }
            recent.sort(null);
            if (recent.size() >= perDay) return Optional.of(Duration.between(now, recent.get(recent.size() - perDay).plus(WINDOW)));
            recent.add(now);
            Calendar[] times = recent.stream().map(Dates::calendar).toArray(Calendar[]::new);
            Value[] values = new Value[times.length];
            for (int i = 0; i < times.length; i++) values[i] = s.getValueFactory().createValue(times[i]);
            n.setProperty("at", values);
            return Optional.<Duration>empty();
        });
    }

    /** The organisation left the network: its count goes too. */
    public void forget(String organisation) {
        repository.writeDurably(s -> {
            String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER + "/" + organisation;
            if (s.nodeExists(path)) s.getNode(path).remove();
            return null;
        });
    }
}
