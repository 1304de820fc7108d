package eu.innco.security;

import eu.innco.InncoException;
import java.util.Set;

/**
 * The one place that says who may do what. Every door (authoring API, editor, import, schedules)
 * asks here before touching the repository.
 */
public final class AccessPolicy {
    /** Hears every refusal (the audit log records them). */
    @FunctionalInterface
    public interface RefusalListener {
        void refused(Actor actor, Action action, Ownership item, String detail);
    }

    private final java.util.List<RefusalListener> refusalListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public void onRefusal(RefusalListener l) {
        refusalListeners.add(l);
    }

    private static final Set<Action> PUBLISHING = Set.of(Action.PUBLISH, Action.UNPUBLISH, Action.SCHEDULE, Action.MANAGE_RELEASES);
    /** What a partner publisher may do to its own partner's items (a release spans partners: not among them). */
    private static final Set<Action> PARTNER_PUBLISHING = Set.of(Action.PUBLISH, Action.UNPUBLISH, Action.SCHEDULE);

    public boolean allows(Actor a, Action action, Ownership item) {
        // members act on their own profile through the portal's member pages, never through these doors
        if (a.has(Role.MEMBER)) return false;
        if (a.isAdmin()) return true;
        if (action == Action.MANAGE_USERS || action == Action.IMPORT) return false;
        if (a.has(Role.PUBLISHER)) return true;
        if (a.has(Role.PARTNER_PUBLISHER) && PARTNER_PUBLISHING.contains(action)) return ownsAsPartner(a, item);
        if (PUBLISHING.contains(action) || action == Action.READ_AUDIT) return false;
        boolean editor = a.edits();
        boolean translator = a.has(Role.TRANSLATOR);
        return switch (action) {
            case READ_DRAFT, EXPORT, PREVIEW_TOKENS -> editor || translator;
            case CREATE -> editor;
            case UPDATE, DELETE -> editor && owns(a, item);
            case TRANSLATE -> translator || (editor && owns(a, item));
            default -> false;
        };
    }

    /** Throws a 403-kind error naming the action when it is not allowed. */
    public void check(Actor a, Action action, Ownership item) {
        if (!allows(a, action, item)) {
            refuse(a, action, item, "User '" + a.username() + "' may not " + describe(action)
                    + (item.itemId().isEmpty() ? "" : " item " + item.itemId()) + ".");
        }
    }

    /** Tells the listeners, then throws a 403-kind error with the detail. */
    public InncoException refuse(Actor a, Action action, Ownership item, String detail) {
        for (RefusalListener l : refusalListeners) {
            try {
                l.refused(a, action, item, detail);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(AccessPolicy.class).warn("refusal listener failed: {}", e.toString());
            }
        }
        throw InncoException.forbidden(detail);
    }

    /** May the actor write localised values in this locale? Translators only in the locales granted. */
    public boolean mayTranslate(Actor a, String locale) {
        if (a.has(Role.MEMBER)) return false;
        if (a.isAdmin() || a.has(Role.PUBLISHER) || a.edits()) return true;
        return a.has(Role.TRANSLATOR) && a.locales().contains(locale);
    }

    private static boolean owns(Actor a, Ownership item) {
        if (a.reachesAll()) return true;
        if (item.createdBy().equals(a.username())) return true;
        return !a.partner().isEmpty() && (a.partner().equals(item.ownerPartner()) || a.partner().equals(item.itemId()));
    }

    /**
     * Publishing by a partner publisher: the partner's items (or the partner's own organisation)
     * and what the user created, never more, even with "all content" granted for editing.
     */
    private static boolean ownsAsPartner(Actor a, Ownership item) {
        if (!item.itemId().isEmpty() && item.createdBy().equals(a.username())) return true;
        return !a.partner().isEmpty() && (a.partner().equals(item.ownerPartner()) || a.partner().equals(item.itemId()));
    }

    private static String describe(Action action) {
        return action.name().toLowerCase().replace('_', ' ');
    }
}
