package eu.innco.content;

import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import java.util.List;

/**
 * Decides whether a change of values is within what the actor may write: everything for those
 * allowed to update the item, only localised values of granted locales for translators.
 */
final class WriteScope {
    private WriteScope() {}

    static void check(AccessPolicy policy, Actor actor, Ownership item, ContentTypeDefinition type,
                      ItemValues before, ItemValues after) {
        if (policy.allows(actor, Action.UPDATE, item)) return;
        if (!policy.allows(actor, Action.TRANSLATE, item)) policy.check(actor, Action.UPDATE, item);
        List<ValueChange> changes = ValueDiff.diff(type.properties(), before, after);
        for (ValueChange c : changes) {
            if (c.locale() == null) {
                throw policy.refuse(actor, Action.UPDATE, item, "User '" + actor.username() + "' may only translate: '" + c.path()
                        + "' is not a localised value.");
            }
            checkLocale(policy, actor, item, c.locale(), c.path());
        }
    }

    /** Setting a translation state, or writing a value, in a locale: translators only in their granted locales. */
    static void checkLocale(AccessPolicy policy, Actor actor, Ownership item, String locale, String what) {
        if (policy.allows(actor, Action.UPDATE, item)) return;
        if (!policy.allows(actor, Action.TRANSLATE, item)) policy.check(actor, Action.UPDATE, item);
        if (!policy.mayTranslate(actor, locale)) {
            throw policy.refuse(actor, Action.TRANSLATE, item, "User '" + actor.username() + "' may not write the '" + locale
                    + "' values (" + what + "); granted locales: " + actor.locales());
        }
    }

    /** Whether the actor may write in the locale, without refusing (for per-unit answers of an import). */
    static boolean mayWrite(AccessPolicy policy, Actor actor, Ownership item, String locale) {
        if (policy.allows(actor, Action.UPDATE, item)) return true;
        return policy.allows(actor, Action.TRANSLATE, item) && policy.mayTranslate(actor, locale);
    }

    /** Renaming an item or changing its source language is editing, not translating. */
    static void checkIdentity(AccessPolicy policy, Actor actor, Ownership item, boolean renames, boolean changesSource) {
        if ((renames || changesSource) && !policy.allows(actor, Action.UPDATE, item)) {
            throw policy.refuse(actor, Action.UPDATE, item, "User '" + actor.username() + "' may only translate: the item's "
                    + (renames ? "name" : "source language") + " cannot be changed.");
        }
    }
}
