package eu.innco.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.ErrorKind;
import eu.innco.InncoException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each role against each action, on an item of the editor's partner and on someone else's. */
class AccessPolicyTest {
    final AccessPolicy policy = new AccessPolicy();
    final Ownership ours = new Ownership("item-1", "someone", "partner-fr");
    final Ownership theirs = new Ownership("item-2", "someone", "partner-pl");
    final Ownership mine = new Ownership("item-3", "ed", "partner-pl");

    Actor actor(Role role, String partner, Set<String> locales) {
        return new Actor("ed", Set.of(role), partner, locales, false);
    }

    @Test
    void admins_may_do_everything() {
        Actor a = actor(Role.ADMIN, "", Set.of());
        for (Action action : Action.values()) assertTrue(policy.allows(a, action, theirs), action.name());
    }

    @Test
    void publishers_edit_and_publish_anything_but_do_not_manage_users_or_import() {
        Actor p = actor(Role.PUBLISHER, "", Set.of());
        assertTrue(policy.allows(p, Action.UPDATE, theirs));
        assertTrue(policy.allows(p, Action.PUBLISH, theirs));
        assertTrue(policy.allows(p, Action.SCHEDULE, theirs));
        assertTrue(policy.allows(p, Action.READ_AUDIT, theirs));
        assertFalse(policy.allows(p, Action.MANAGE_USERS, theirs));
        assertFalse(policy.allows(p, Action.IMPORT, theirs));
    }

    @Test
    void editors_change_their_partners_content_and_what_they_created_only() {
        Actor e = actor(Role.EDITOR, "partner-fr", Set.of());
        assertTrue(policy.allows(e, Action.CREATE, Ownership.NEW));
        assertTrue(policy.allows(e, Action.UPDATE, ours));
        assertTrue(policy.allows(e, Action.UPDATE, mine), "created by the editor");
        assertFalse(policy.allows(e, Action.UPDATE, theirs));
        assertFalse(policy.allows(e, Action.DELETE, theirs));
        assertFalse(policy.allows(e, Action.PUBLISH, ours));
        assertTrue(policy.allows(e, Action.UPDATE, new Ownership("partner-fr", "admin", "")), "the partner's own organisation item");
        assertTrue(policy.allows(new Actor("ed", Set.of(Role.EDITOR), "partner-fr", Set.of(), true), Action.UPDATE, theirs),
                "granted all content");
    }

    @Test
    void translators_translate_in_their_locales_only() {
        Actor t = actor(Role.TRANSLATOR, "", Set.of("pl"));
        assertFalse(policy.allows(t, Action.CREATE, Ownership.NEW));
        assertFalse(policy.allows(t, Action.UPDATE, ours));
        assertTrue(policy.allows(t, Action.TRANSLATE, ours));
        assertTrue(policy.mayTranslate(t, "pl"));
        assertFalse(policy.mayTranslate(t, "fr"));
    }

    @Test
    void a_refusal_is_a_forbidden_error_naming_user_and_action() {
        InncoException e = assertThrows(InncoException.class,
                () -> policy.check(actor(Role.TRANSLATOR, "", Set.of()), Action.DELETE, theirs));
        assertEquals(ErrorKind.FORBIDDEN, e.kind());
        assertTrue(e.detail().contains("'ed' may not delete item item-2"), e.detail());
    }
}
