package eu.innco.exchange.contact;

import eu.innco.exchange.abuse.AbuseReports;
import eu.innco.exchange.abuse.Hold;
import eu.innco.mail.Outbox;
import eu.innco.network.Member;
import eu.innco.network.MemberAccounts;
import java.util.Map;

/** Tells the people of a reported item's organisation what the reviewer decided, with the reason, in each one's language. */
public final class DecisionMails implements AbuseReports.Owners {
    private final MemberAccounts accounts;
    private final Outbox outbox;
    private final ExchangeMail mail;

    public DecisionMails(MemberAccounts accounts, Outbox outbox, ExchangeMail mail) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.mail = mail;
    }

    @Override
    public void tell(Hold hold, boolean restored, String reason) {
        for (Member p : accounts.people(hold.organisation())) {
            String locale = accounts.uiLocale(p.username());
            outbox.enqueue(mail.build(restored ? "exchange.abuse.restored" : "exchange.abuse.removed", locale, p.email(), p.name(),
                    Map.of("title", hold.title()), reason, Map.of()));
        }
    }
}
