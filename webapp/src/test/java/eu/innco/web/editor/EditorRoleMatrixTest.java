package eu.innco.web.editor;

import static eu.innco.web.editor.EditorRoleMatrixTest.Who.ADMIN;
import static eu.innco.web.editor.EditorRoleMatrixTest.Who.EDITOR_A;
import static eu.innco.web.editor.EditorRoleMatrixTest.Who.EDITOR_B;
import static eu.innco.web.editor.EditorRoleMatrixTest.Who.PARTNER_PUBLISHER_A;
import static eu.innco.web.editor.EditorRoleMatrixTest.Who.PARTNER_PUBLISHER_B;
import static eu.innco.web.editor.EditorRoleMatrixTest.Who.PUBLISHER;
import static eu.innco.web.editor.EditorRoleMatrixTest.Who.TRANSLATOR_PL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.editor.EditorDoors.Door;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every writing action of the editor, tried by every role through the editor's own routes with a
 * valid session and CSRF token. Who may gets a redirect and the change is in the repository; who
 * may not gets a 403 from the access policy (it is in the audit log) and nothing changes;
 * anonymous people are sent to the login page and nothing changes.
 */
class EditorRoleMatrixTest {
    enum Who {
        ADMIN("admin"), PUBLISHER("paula"), EDITOR_A("claire"), EDITOR_B("piotr"), TRANSLATOR_PL("tomasz"), PARTNER_PUBLISHER_A("pia"),
        PARTNER_PUBLISHER_B("pawel"), ANONYMOUS(null);

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    static final Set<Who> ADMINS = EnumSet.of(ADMIN);
    static final Set<Who> PUBLISHERS = EnumSet.of(ADMIN, PUBLISHER);
    /** Who may publish an item of partner A: publishers and partner A's own partner publisher. */
    static final Set<Who> PUBLISHERS_OF_A = EnumSet.of(ADMIN, PUBLISHER, PARTNER_PUBLISHER_A);
    /** Who may change an item of partner A: publishers and partner A's editor and partner publisher. */
    static final Set<Who> PARTNER_A = EnumSet.of(ADMIN, PUBLISHER, EDITOR_A, PARTNER_PUBLISHER_A);
    static final Set<Who> EDITORS = EnumSet.of(ADMIN, PUBLISHER, EDITOR_A, EDITOR_B, PARTNER_PUBLISHER_A, PARTNER_PUBLISHER_B);

    // action, who may do it (the target item belongs to partner A: created by claire)
    static final Object[][] TABLE = {
            {EditorDoors.createItem(), EDITORS},
            {EditorDoors.saveItem(), PARTNER_A},
            {EditorDoors.deleteItem(), PARTNER_A},
            {EditorDoors.publish(), PUBLISHERS_OF_A},
            {EditorDoors.unpublish(), PUBLISHERS_OF_A},
            {EditorDoors.schedule(), PUBLISHERS_OF_A},
            {EditorDoors.restoreVersion(), PARTNER_A},
            {EditorDoors.publishRelease(), PUBLISHERS},
            {EditorDoors.scheduleRelease(), PUBLISHERS},
            {EditorDoors.cancelRelease(), PUBLISHERS},
            {EditorDoors.launchCampaign(), PUBLISHERS},
            {EditorDoors.uploadAsset(), EDITORS},
            {EditorDoors.editAltText(), PARTNER_A},
            {EditorDoors.createUser(), ADMINS},
            {EditorDoors.disableUser(), ADMINS},
            {EditorDoors.resetPassword(), ADMINS},
            {EditorDoors.changeRoles(), ADMINS},
            {EditorDoors.createToken(), ADMINS},
            {EditorDoors.revokeToken(), ADMINS},
            {EditorDoors.translate("pl"), EnumSet.of(ADMIN, PUBLISHER, EDITOR_A, TRANSLATOR_PL, PARTNER_PUBLISHER_A)},
            {EditorDoors.translate("de"), PARTNER_A},
    };

    static EditorFixture f;
    static final Map<Who, EditorClient> clients = new EnumMap<>(Who.class);

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture();
        for (Who w : Who.values()) clients.put(w, w.user == null ? f.client() : f.signIn(w.user));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Object[] row : TABLE) {
            @SuppressWarnings("unchecked") Set<Who> allowed = (Set<Who>) row[1];
            for (Who w : Who.values()) out.add(Arguments.of(row[0], w, allowed.contains(w)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("cases")
    void each_role_may_do_through_the_editor_exactly_what_the_table_says(Door door, Who who, boolean allowed) throws Exception {
        Map<String, String> target = door.prepare().run(f);
        int refusalsBefore = who.user == null ? 0 : f.refusals(who.user);
        HttpResponse<String> r = door.act().run(f, clients.get(who), target);
        boolean happened = door.happened().run(f, target);
        if (allowed) {
            assertEquals(303, r.statusCode(), EditorClient.summary(r));
            assertFalse(EditorClient.location(r).startsWith("/editor/login"), "not sent to the login page");
            assertTrue(happened, "the change is in the repository");
        } else if (who == Who.ANONYMOUS) {
            assertEquals(303, r.statusCode(), EditorClient.summary(r));
            assertTrue(EditorClient.location(r).startsWith("/editor/login?next="), EditorClient.location(r));
            assertFalse(happened, "nothing changed");
        } else {
            assertEquals(403, r.statusCode(), EditorClient.summary(r));
            assertFalse(happened, "nothing changed");
            assertTrue(f.refusals(who.user) > refusalsBefore, "the access policy refused it (not the CSRF check)");
        }
    }

    /** The routes the table's actions post to, and those each user may only use for themselves. */
    static final Set<String> COVERED = Set.of("editor/content/{type}/new", "editor/content/{type}/{id}", "editor/content/{type}/{id}/delete",
            "editor/content/{type}/{id}/{action: publish|versions|compare|restore}", "editor/content/{type}/{id}/translate",
            "editor/releases", "editor/releases/{id}/cancel", "editor/campaigns/{id}/launch", "editor/assets", "editor/users", "editor/users/{name}");
    static final Set<String> SELF_SERVICE = Set.of("editor/login", "editor/logout", "editor/account");
    /** Moderation of applications to the network: its own who-may table is in NetworkModerationTest (country, role, CSRF). */
    static final Set<String> MODERATION = Set.of("editor/applications/{id}/{decision: approve|changes|reject}",
            "editor/applications/members/{organisation}/withdraw",
            // abuse review: country, role and CSRF in AbuseHttpTest
            "editor/abuse/{id: [A-Za-z0-9-]{1,64}}/{decision: restore|remove}",
            // a done initiative drafted into a case study: country and CSRF in InitiativeCaseStudyPageTest
            "editor/initiatives/{id: [0-9a-f-]{36}}/case-study");

    @Test
    void the_table_covers_every_route_of_the_editor_that_writes() throws Exception {
        Set<String> posts = new TreeSet<>();
        Path folder = Path.of(EditorPages.class.getResource("EditorPages.class").toURI()).getParent();
        try (var files = Files.list(folder)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".class")).toList()) {
                Class<?> c = Class.forName("eu.innco.web.editor." + p.getFileName().toString().replace(".class", ""));
                jakarta.ws.rs.Path base = c.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) continue;
                for (Method m : c.getMethods()) {
                    if (!m.isAnnotationPresent(jakarta.ws.rs.POST.class)) continue;
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    posts.add(base.value() + (sub == null ? "" : "/" + sub.value()));
                }
            }
        }
        Set<String> expected = new TreeSet<>(COVERED);
        expected.addAll(SELF_SERVICE);
        expected.addAll(MODERATION);
        assertEquals(expected, posts, "a new writing route needs its lines in the table");
    }
}
