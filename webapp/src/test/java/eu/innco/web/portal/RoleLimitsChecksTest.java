package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.browser.Browser;
import eu.innco.web.browser.EditorBrowser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The editor pages that say what a role may not do (disabled buttons with their reason, list rows
 * another partner owns, "New" for a translator) stay clean under axe-core and the Nu Html Checker.
 */
class RoleLimitsChecksTest {
    static InncoServer server;
    static WebDriver browser;
    static String base;
    static String own;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = TestServer.start();
        base = server.uri().toString().replaceAll("/$", "");
        ObjectMapper json = new ObjectMapper();
        String partner = server.services().content.create(Actor.SYSTEM, "organisation", json.readTree(
                "{\"properties\":{\"name\":\"Partner B\",\"country\":\"PL\",\"role\":\"partner\"}}")).id();
        var users = server.services().users;
        users.create("ewa", "ewa password", Set.of(Role.EDITOR), partner, Set.of("pl"), false);
        users.create("tom", "tom password", Set.of(Role.TRANSLATOR), "", Set.of("pl"), false);
        users.setUiLocale("ewa", "pl");
        users.setUiLocale("tom", "fr");
        own = server.services().content.create(users.find("ewa").orElseThrow().actor(), "caseStudy", json.readTree(
                "{\"sourceLocale\":\"pl\",\"properties\":{\"title\":{\"pl\":\"Spółdzielnia socjalna\"}}}")).id();
        server.services().content.create(Actor.SYSTEM, "caseStudy", json.readTree(
                "{\"sourceLocale\":\"fr\",\"properties\":{\"title\":{\"fr\":\"Coopérative d'un autre partenaire\"}}}"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    static void signIn(String user) {
        EditorBrowser.signIn(browser, base, user, user + " password");
    }

    @Test
    void the_pages_that_explain_a_roles_limits_are_clean() throws Exception {
        String axe = PortalChecksTest.axeSource();
        try (HtmlChecker checker = new HtmlChecker()) {
            signIn("ewa");
            // the list whole; on the item form, the publishing part (the form's own fields are another matter: see the report)
            String[][] pages = {{"/editor/content/caseStudy", null}, {"/editor/content/caseStudy/" + own + "?edit=pl", "section.publishing"}};
            for (String[] page : pages) {
                browser.get(base + page[0]);
                assertFalse(browser.findElements(By.cssSelector(".limit, .limit-note")).isEmpty(), page[0] + " explains a limit");
                assertEquals(List.of(), PortalChecksTest.violations(browser, axe, page[1]), page[0] + " (axe-core)");
                if (page[1] != null) {
                    // the form itself: list entries, pickers and the rich-text toolbar all have names
                    assertEquals(List.of(), PortalChecksTest.violations(browser, axe, "form.item-form"), page[0] + " form (axe-core)");
                }
                assertEquals(List.of(), checker.errors(asEditor(page[0])), page[0] + " (Nu)");
            }
            signIn("tom");
            browser.get(base + "/editor/content/caseStudy");
            assertFalse(browser.findElement(By.id("create-limit")).getText().isEmpty());
            assertEquals(List.of(), PortalChecksTest.violations(browser, axe), "translator's list (axe-core)");
            assertEquals(List.of(), checker.errors(asEditor("/editor/content/caseStudy")), "translator's list (Nu)");
        }
    }

    private static String asEditor(String path) throws Exception {
        return EditorBrowser.asSignedIn(browser, base, path);
    }
}
