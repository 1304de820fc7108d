package eu.innco.publishing;

import eu.innco.content.ContentService;
import eu.innco.content.ItemNodes;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import eu.innco.security.UserAccount;
import eu.innco.security.UserStore;
import java.util.Optional;
import javax.jcr.Node;

/**
 * Whether the author of a schedule may still run it, judged on the account as it is now (not as it
 * was when scheduling): a disabled or removed user, or one who lost the right to publish the item,
 * no longer publishes anything, however long ago the schedule was made.
 */
final class ScheduleAuthors {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final ItemNodes nodes;
    private final AccessPolicy policy;
    private final UserStore users;

    /** The actor to run a schedule as, or why it must not run. */
    record Verdict(Actor actor, String refusal) {
        boolean allowed() {
            return refusal == null;
        }
    }

    ScheduleAuthors(ContentRepository repository, ContentTypeRegistry types, ItemNodes nodes, AccessPolicy policy) {
        this.repository = repository;
        this.types = types;
        this.nodes = nodes;
        this.policy = policy;
        this.users = new UserStore(repository);
    }

    Verdict judge(Schedule sc) {
        // the server's own schedules (imports, tests) have no account to lose
        if (sc.createdBy().equals(Actor.SYSTEM.username())) return new Verdict(Actor.SYSTEM, null);
        Optional<UserAccount> account = users.find(sc.createdBy());
        if (account.isEmpty()) return refused("the user '" + sc.createdBy() + "' who scheduled it no longer exists");
        if (account.get().disabled()) return refused("the user '" + sc.createdBy() + "' who scheduled it is disabled");
        Actor actor = account.get().actor();
        Action action = switch (sc.action()) {
            case "unpublish" -> Action.UNPUBLISH;
            case "release" -> Action.MANAGE_RELEASES;
            default -> Action.PUBLISH;
        };
        if (!policy.allows(actor, action, ownership(sc))) {
            return refused("the user '" + sc.createdBy() + "' who scheduled it may no longer "
                    + (action == Action.MANAGE_RELEASES ? "publish releases" : action.name().toLowerCase() + " it"));
        }
        return new Verdict(actor, null);
    }

    private static Verdict refused(String why) {
        return new Verdict(null, "cancelled: " + why);
    }

    /** Whose the item is; a release (or a deleted item) is judged as no one's, which only publishers and admins may publish. */
    private Ownership ownership(Schedule sc) {
        Optional<ContentTypeDefinition> type = sc.type().isEmpty() ? Optional.empty() : types.get(sc.type());
        if (type.isEmpty()) return Ownership.NEW;
        return repository.read(s -> {
            Node n = nodes.findOrNull(s, type.get(), sc.itemId());
            return n == null ? Ownership.NEW : ContentService.ownership(n);
        });
    }
}
