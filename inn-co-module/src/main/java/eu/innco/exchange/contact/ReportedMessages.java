package eu.innco.exchange.contact;

import eu.innco.exchange.abuse.AbuseTarget;
import eu.innco.repository.ContentRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Messages as reportable things ({@code kind=message}, the conversation id from the mail). A message
 * was delivered already: holding it stops its reply link until a reviewer of the sender's country
 * decides. The platform keeps no text, so the reporter's reason is what the reviewer reads.
 */
public final class ReportedMessages implements AbuseTarget {
    private final ContentRepository repository;
    private final ConversationStore store;
    private final ContactMessages contact;
    private final UnaryOperator<String> countryOfOrganisation;

    public ReportedMessages(ContentRepository repository, ContactMessages contact, UnaryOperator<String> countryOfOrganisation) {
        this.repository = repository;
        this.store = contact.store();
        this.contact = contact;
        this.countryOfOrganisation = countryOfOrganisation;
    }

    @Override
    public boolean handles(String kind) {
        return "message".equals(kind);
    }

    @Override
    public Optional<Subject> find(String kind, String id) {
        return store.find(id).map(c -> new Subject(c.fromOrganisation(), countryOfOrganisation.apply(c.fromOrganisation()),
                contact.organisationName(c.fromOrganisation()) + " → " + contact.organisationName(c.toOrganisation())));
    }

    @Override
    public List<String> hide(String kind, String id) {
        return List.of(state(id, "held"));
    }

    @Override
    public void restore(String kind, String id, List<String> state) {
        state(id, state.isEmpty() ? "open" : state.get(0));
    }

    private String state(String id, String state) {
        return repository.writeDurably(s -> {
            var n = store.node(s, id);
            if (n.isEmpty()) return "open";
            String before = n.get().getProperty("state").getString();
            n.get().setProperty("state", state);
            return before;
        });
    }
}
