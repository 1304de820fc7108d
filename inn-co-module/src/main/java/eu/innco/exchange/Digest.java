package eu.innco.exchange;

import eu.innco.mail.Outbox;
import eu.innco.network.Member;
import eu.innco.network.MemberAccounts;
import eu.innco.publishing.Lease;
import eu.innco.repository.ContentRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The weekly digest of new matches, for members who asked for it: for each of the organisation's
 * published items, the items that fit it and were not yet in a digest (either side posted since the
 * last one). Sent through the outbox in the subscriber's language, with a one-click unsubscribe
 * (RFC 8058) and a link to manage the choice. One server of a cluster sends, the lease's holder.
 */
public final class Digest {
    /** How often a subscriber gets a digest. */
    public static final Duration WEEK = Duration.ofDays(7);
    private static final int PER_ITEM = 10;
    private final DigestSubscriptions subscriptions;
    private final MatchIndex index;
    private final MemberAccounts accounts;
    private final DigestMail mail;
    private final Outbox outbox;
    private final Lease lease;

    Digest(ContentRepository repository, DigestSubscriptions subscriptions, MatchIndex index, MemberAccounts accounts, DigestMail mail,
           Outbox outbox, Clock clock, Duration interval) {
        this.subscriptions = subscriptions;
        this.index = index;
        this.accounts = accounts;
        this.mail = mail;
        this.outbox = outbox;
        this.lease = new Lease(repository, "exchange-digest", UUID.randomUUID().toString(), interval.multipliedBy(3), clock);
    }

    /** An item of the organisation and a new match of it. */
    public record NewMatch(Entry own, Match match) {}

    /** The organisation's new matches since {@code since}: pairs valid on {@code now}'s day with either side created after it. */
    public List<NewMatch> newMatches(String organisation, Instant since, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<NewMatch> out = new ArrayList<>();
        for (Entry own : index.all()) {
            if (!own.member().equals(organisation) || !own.validOn(today)) continue;
            int n = 0;
            for (Match m : index.matches(own, today, Integer.MAX_VALUE)) {
                if (!own.created().isAfter(since) && !m.entry().created().isAfter(since)) continue;
                if (n++ == PER_ITEM) break;
                out.add(new NewMatch(own, m));
            }
        }
        return out;
    }

    /** Sends the digests due at {@code now} (a week after the last), when this server holds the lease; returns how many mails. */
    public int runDue(Instant now) {
        if (!lease.acquire()) return 0;
        int sent = 0;
        for (DigestSubscriptions.Subscription s : subscriptions.all()) {
            if (s.since().plus(WEEK).isAfter(now)) continue;
            Optional<Member> member = accounts.member(s.username());
            if (member.isEmpty()) {
                subscriptions.unsubscribe(s.username()); // the account is gone: so is the wish
                continue;
            }
            List<NewMatch> found = newMatches(member.get().organisation().toLowerCase(java.util.Locale.ROOT), s.since(), now);
            if (!found.isEmpty()) {
                Map<Entry, List<Match>> byItem = new LinkedHashMap<>();
                for (NewMatch nm : found) byItem.computeIfAbsent(nm.own(), k -> new ArrayList<>()).add(nm.match());
                String token = subscriptions.newLink(s.username());
                outbox.enqueue(mail.build(member.get(), s.locale(), byItem, token));
                sent++;
            }
            subscriptions.sentUntil(s.username(), now);
        }
        return sent;
    }

    public DigestSubscriptions subscriptions() {
        return subscriptions;
    }

}
