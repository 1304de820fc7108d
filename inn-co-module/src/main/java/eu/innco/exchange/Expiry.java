package eu.innco.exchange;

import eu.innco.InncoException;
import eu.innco.delivery.DeliveryService;
import eu.innco.publishing.Lease;
import eu.innco.publishing.PublicationService;
import eu.innco.repository.ContentRepository;
import eu.innco.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Withdraws offers and needs whose last valid day has passed (in UTC), and those of members no longer
 * public (a member that left the network, a profile a moderator withdrew). Pages, the API, the feed
 * and matching already leave out what is past its day; this makes it leave the delivery endpoints too.
 * With several servers on one store only the holder of the "exchange-expiry" lease runs it, as the
 * scheduler does for schedules. The working copy stays: its member may set a new date and publish again.
 */
public final class Expiry {
    private static final Logger LOG = LoggerFactory.getLogger(Expiry.class);
    private final MatchIndex index;
    private final DeliveryService delivery;
    private final PublicationService publication;
    private final Clock clock;
    private final Lease lease;

    Expiry(ContentRepository repository, MatchIndex index, PublicationService publication, DeliveryService delivery, Clock clock,
           Duration interval) {
        this.index = index;
        this.delivery = delivery;
        this.publication = publication;
        this.clock = clock;
        this.lease = new Lease(repository, "exchange-expiry", UUID.randomUUID().toString(), interval.multipliedBy(3), clock);
    }

    /** Withdraws every published item past its day, when this server holds the lease; returns how many. */
    public int runDue() {
        if (!lease.acquire()) return 0;
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, Boolean> publicMembers = new HashMap<>();
        List<Entry> due = index.all().stream().filter(e -> !e.validOn(today)
                || !publicMembers.computeIfAbsent(e.member(), m -> delivery.byId("organisations", "all", m).isPresent())).toList();
        int withdrawn = 0;
        for (Entry e : due) {
            try {
                publication.unpublish(Actor.SYSTEM, e.kind().type, e.id(), List.of(), true);
                withdrawn++;
            } catch (InncoException ex) {
                LOG.warn("exchange: {} {} not withdrawn at expiry: {}", e.kind().type, e.id(), ex.detail());
            }
        }
        if (withdrawn > 0) LOG.info("exchange: {} expired item(s) withdrawn", withdrawn);
        return withdrawn;
    }

    void release() {
        try {
            lease.release();
        } catch (RuntimeException e) {
            LOG.debug("exchange-expiry lease not released: {}", e.toString());
        }
    }
}
