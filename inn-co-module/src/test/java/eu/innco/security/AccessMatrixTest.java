package eu.innco.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role against every action, on an item of the user's own partner and on another partner's:
 * the whole table, so that a change of the policy shows here as a changed line.
 */
class AccessMatrixTest {
    static final Ownership OWN = new Ownership("item-own", "someone", "partner-a");
    static final Ownership OTHER = new Ownership("item-other", "someone", "partner-b");

    // role, action, allowed on own partner's item, allowed on another partner's item
    static final Object[][] TABLE = {
            {Role.ADMIN, Action.READ_DRAFT, true, true}, {Role.ADMIN, Action.CREATE, true, true},
            {Role.ADMIN, Action.UPDATE, true, true}, {Role.ADMIN, Action.DELETE, true, true},
            {Role.ADMIN, Action.TRANSLATE, true, true}, {Role.ADMIN, Action.PUBLISH, true, true},
            {Role.ADMIN, Action.UNPUBLISH, true, true}, {Role.ADMIN, Action.SCHEDULE, true, true},
            {Role.ADMIN, Action.MANAGE_RELEASES, true, true}, {Role.ADMIN, Action.READ_AUDIT, true, true},
            {Role.ADMIN, Action.MANAGE_USERS, true, true}, {Role.ADMIN, Action.IMPORT, true, true},
            {Role.ADMIN, Action.EXPORT, true, true}, {Role.ADMIN, Action.PREVIEW_TOKENS, true, true},

            {Role.PUBLISHER, Action.READ_DRAFT, true, true}, {Role.PUBLISHER, Action.CREATE, true, true},
            {Role.PUBLISHER, Action.UPDATE, true, true}, {Role.PUBLISHER, Action.DELETE, true, true},
            {Role.PUBLISHER, Action.TRANSLATE, true, true}, {Role.PUBLISHER, Action.PUBLISH, true, true},
            {Role.PUBLISHER, Action.UNPUBLISH, true, true}, {Role.PUBLISHER, Action.SCHEDULE, true, true},
            {Role.PUBLISHER, Action.MANAGE_RELEASES, true, true}, {Role.PUBLISHER, Action.READ_AUDIT, true, true},
            {Role.PUBLISHER, Action.MANAGE_USERS, false, false}, {Role.PUBLISHER, Action.IMPORT, false, false},
            {Role.PUBLISHER, Action.EXPORT, true, true}, {Role.PUBLISHER, Action.PREVIEW_TOKENS, true, true},

            {Role.EDITOR, Action.READ_DRAFT, true, true}, {Role.EDITOR, Action.CREATE, true, true},
            {Role.EDITOR, Action.UPDATE, true, false}, {Role.EDITOR, Action.DELETE, true, false},
            {Role.EDITOR, Action.TRANSLATE, true, false}, {Role.EDITOR, Action.PUBLISH, false, false},
            {Role.EDITOR, Action.UNPUBLISH, false, false}, {Role.EDITOR, Action.SCHEDULE, false, false},
            {Role.EDITOR, Action.MANAGE_RELEASES, false, false}, {Role.EDITOR, Action.READ_AUDIT, false, false},
            {Role.EDITOR, Action.MANAGE_USERS, false, false}, {Role.EDITOR, Action.IMPORT, false, false},
            {Role.EDITOR, Action.EXPORT, true, true}, {Role.EDITOR, Action.PREVIEW_TOKENS, true, true},

            {Role.TRANSLATOR, Action.READ_DRAFT, true, true}, {Role.TRANSLATOR, Action.CREATE, false, false},
            {Role.TRANSLATOR, Action.UPDATE, false, false}, {Role.TRANSLATOR, Action.DELETE, false, false},
            {Role.TRANSLATOR, Action.TRANSLATE, true, true}, {Role.TRANSLATOR, Action.PUBLISH, false, false},
            {Role.TRANSLATOR, Action.UNPUBLISH, false, false}, {Role.TRANSLATOR, Action.SCHEDULE, false, false},
            {Role.TRANSLATOR, Action.MANAGE_RELEASES, false, false}, {Role.TRANSLATOR, Action.READ_AUDIT, false, false},
            {Role.TRANSLATOR, Action.MANAGE_USERS, false, false}, {Role.TRANSLATOR, Action.IMPORT, false, false},
            {Role.TRANSLATOR, Action.EXPORT, true, true}, {Role.TRANSLATOR, Action.PREVIEW_TOKENS, true, true},

            // a partner publisher: an editor who also publishes its own partner's items, never another's, never a release
            {Role.PARTNER_PUBLISHER, Action.READ_DRAFT, true, true}, {Role.PARTNER_PUBLISHER, Action.CREATE, true, true},
            {Role.PARTNER_PUBLISHER, Action.UPDATE, true, false}, {Role.PARTNER_PUBLISHER, Action.DELETE, true, false},
            {Role.PARTNER_PUBLISHER, Action.TRANSLATE, true, false}, {Role.PARTNER_PUBLISHER, Action.PUBLISH, true, false},
            {Role.PARTNER_PUBLISHER, Action.UNPUBLISH, true, false}, {Role.PARTNER_PUBLISHER, Action.SCHEDULE, true, false},
            {Role.PARTNER_PUBLISHER, Action.MANAGE_RELEASES, false, false}, {Role.PARTNER_PUBLISHER, Action.READ_AUDIT, false, false},
            {Role.PARTNER_PUBLISHER, Action.MANAGE_USERS, false, false}, {Role.PARTNER_PUBLISHER, Action.IMPORT, false, false},
            {Role.PARTNER_PUBLISHER, Action.EXPORT, true, true}, {Role.PARTNER_PUBLISHER, Action.PREVIEW_TOKENS, true, true},

            // a member reaches nothing through these doors, not even its own organisation (the portal's member pages do that)
            {Role.MEMBER, Action.READ_DRAFT, false, false}, {Role.MEMBER, Action.CREATE, false, false},
            {Role.MEMBER, Action.UPDATE, false, false}, {Role.MEMBER, Action.DELETE, false, false},
            {Role.MEMBER, Action.TRANSLATE, false, false}, {Role.MEMBER, Action.PUBLISH, false, false},
            {Role.MEMBER, Action.UNPUBLISH, false, false}, {Role.MEMBER, Action.SCHEDULE, false, false},
            {Role.MEMBER, Action.MANAGE_RELEASES, false, false}, {Role.MEMBER, Action.READ_AUDIT, false, false},
            {Role.MEMBER, Action.MANAGE_USERS, false, false}, {Role.MEMBER, Action.IMPORT, false, false},
            {Role.MEMBER, Action.EXPORT, false, false}, {Role.MEMBER, Action.PREVIEW_TOKENS, false, false},
    };

    static List<Arguments> table() {
        List<Arguments> out = new ArrayList<>();
        for (Object[] row : TABLE) out.add(Arguments.of(row));
        return out;
    }

    @ParameterizedTest(name = "{0} {1}: own {2}, other partner''s {3}")
    @MethodSource("table")
    void each_role_may_do_exactly_what_the_table_says(Role role, Action action, boolean own, boolean other) {
        Actor a = new Actor("u", Set.of(role), "partner-a", Set.of("pl"), false);
        AccessPolicy policy = new AccessPolicy();
        assertEquals(own, policy.allows(a, action, OWN), "own partner's item");
        assertEquals(other, policy.allows(a, action, OTHER), "another partner's item");
    }

    @org.junit.jupiter.api.Test
    void a_partner_publisher_granted_all_content_for_editing_still_publishes_only_its_partners_items() {
        Actor a = new Actor("u", Set.of(Role.PARTNER_PUBLISHER), "partner-a", Set.of(), true);
        AccessPolicy policy = new AccessPolicy();
        assertEquals(true, policy.allows(a, Action.UPDATE, OTHER));
        assertEquals(false, policy.allows(a, Action.PUBLISH, OTHER));
        assertEquals(true, policy.allows(a, Action.PUBLISH, OWN));
    }

    @org.junit.jupiter.api.Test
    void the_table_covers_every_role_and_every_action() {
        assertEquals(Role.values().length * Action.values().length, TABLE.length);
    }
}
