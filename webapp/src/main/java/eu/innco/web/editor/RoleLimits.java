package eu.innco.web.editor;

import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import eu.innco.security.Role;

/**
 * Why the user's role may not do an action, in the user's language, so that the editor shows the
 * control disabled with the reason before the click instead of a 403 after it. The access policy
 * still decides at the door; this only explains its answer.
 */
final class RoleLimits {
    private final AccessPolicy policy;
    private final EditorCall call;

    RoleLimits(AccessPolicy policy, EditorCall call) {
        this.policy = policy;
        this.call = call;
    }

    /** Empty when the action is allowed; otherwise the sentence that explains the refusal. */
    String reason(Action action, Ownership item) {
        Actor a = call.actor();
        if (policy.allows(a, action, item)) return "";
        return call.t(key(a, action));
    }

    /** Empty when the user may open the item's form (to edit or to translate it); otherwise why not. */
    String openReason(Ownership item) {
        Actor a = call.actor();
        if (policy.allows(a, Action.UPDATE, item) || policy.allows(a, Action.TRANSLATE, item)) return "";
        return call.t("may.notOpen");
    }

    private static String key(Actor a, Action action) {
        boolean publishing = action == Action.PUBLISH || action == Action.UNPUBLISH || action == Action.SCHEDULE;
        if (publishing && a.has(Role.PARTNER_PUBLISHER)) return "may.notOwnPartner";
        if (publishing) return "may.notPublisher";
        if (action == Action.CREATE) return "may.notCreate";
        return "may.notOwner";
    }
}
