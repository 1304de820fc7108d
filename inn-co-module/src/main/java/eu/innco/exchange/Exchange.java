package eu.innco.exchange;

import eu.innco.content.ContentService;
import eu.innco.delivery.DeliveryService;
import eu.innco.i18n.messages.Messages;
import eu.innco.mail.Outbox;
import eu.innco.network.Network;
import eu.innco.publishing.ExternalPublications;
import eu.innco.publishing.Publishing;
import eu.innco.repository.ContentRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange's parts, built once: categories, the rules of a posting, members' postings, the
 * match index, expiry and the weekly digest. {@link #start(boolean)} runs expiry every ten minutes and
 * just after each midnight (UTC), and looks for due digests every hour, on servers that run schedules.
 */
public final class Exchange implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);
    private static final Duration EXPIRY_EVERY = Duration.ofMinutes(10);
    private static final Duration DIGEST_EVERY = Duration.ofHours(1);
    public final Categories categories;
    public final PostingRules rules;
    public final Postings postings;
    public final MatchIndex index;
    public final ReasonWords words;
    public final Titles titles;
    public final Expiry expiry;
    public final Digest digest;
    /** A member organisation's offers, needs and digests, for its export and its leaving. */
    public final MemberData memberData;
    /** Posts a member organisation may make a day: offers, needs and initiatives together. */
    public final PostingQuota quota;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "innco-exchange");
        t.setDaemon(true);
        return t;
    });

    public Exchange(Path lightModules, ContentRepository repository, ContentService content, Publishing publishing,
                    ExternalPublications external, DeliveryService delivery, Network network, Messages messages, Outbox outbox,
                    Clock clock, Supplier<String> publicBase, int postsPerDay) {
        this.clock = clock;
        this.quota = new PostingQuota(repository, postsPerDay, clock);
        this.categories = Categories.load(lightModules);
        this.rules = new PostingRules(categories, content.types());
        OwnPostings own = new OwnPostings(repository, content.types());
        this.postings = new Postings(content, publishing.publication, own);
        this.index = new MatchIndex(delivery);
        // after the delivery index, which the match index reads again on each event
        publishing.events.subscribe(index);
        external.subscribe(index);
        this.words = new ReasonWords(messages, content.types());
        this.titles = new Titles(delivery);
        this.expiry = new Expiry(repository, index, publishing.publication, delivery, clock, EXPIRY_EVERY);
        this.digest = new Digest(repository, new DigestSubscriptions(repository), index, network.accounts,
                new DigestMail(messages, words, publicBase), outbox, clock, DIGEST_EVERY);
        this.memberData = new MemberData(content, publishing.publication, own, digest.subscriptions(), quota);
    }

    /**
     * Reads the match index in the background, so that the first visitor does not wait for it, and
     * starts expiry and the digest's rounds where {@code runsSchedules} ({@code INNCO_SCHEDULER}).
     */
    public void start(boolean runsSchedules) {
        timer.execute(() -> quietly("index", () -> index.all().size()));
        if (!runsSchedules) return;
        timer.scheduleWithFixedDelay(() -> quietly("expiry", expiry::runDue), 1, EXPIRY_EVERY.toMinutes(), TimeUnit.MINUTES);
        // and just after each midnight (UTC), when a day's last items pass: the lists and the pages kept
        // in the page cache show what was published, so their withdrawal should not wait ten minutes
        AfterMidnight.schedule(timer, clock, () -> quietly("expiry", expiry::runDue));
        timer.scheduleWithFixedDelay(() -> quietly("digest", () -> digest.runDue(clock.instant())), 5, DIGEST_EVERY.toMinutes(), TimeUnit.MINUTES);
    }

    private static void quietly(String what, Supplier<Integer> work) {
        try {
            work.get();
        } catch (RuntimeException e) {
            LOG.warn("exchange {} round failed: {}", what, e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        expiry.release();
    }
}
