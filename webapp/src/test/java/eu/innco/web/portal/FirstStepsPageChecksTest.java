package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.browser.Browser;
import eu.innco.web.browser.EditorBrowser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editors' "first steps" page, reached from the dashboard, in each of the seven languages:
 * written in that language, and clean under axe-core and the Nu Html Checker.
 */
class FirstStepsPageChecksTest {
    /** The page's heading in each language: a translation, never the English text. */
    static final Map<String, String> TITLES = Map.of("en", "First steps in the editor", "fr", "Premiers pas dans l'éditeur",
            "nl", "Eerste stappen in de editor", "de", "Erste Schritte im Editor", "it", "Primi passi nell'editor",
            "pl", "Pierwsze kroki w edytorze", "el", "Πρώτα βήματα στον επεξεργαστή");
    static InncoServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = TestServer.start();
        base = server.uri().toString().replaceAll("/$", "");
        EditorBrowser.signIn(browser, base, "admin", TestServer.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void the_first_steps_page_is_linked_from_the_dashboard_written_in_each_language_and_clean() throws Exception {
        String axe = PortalChecksTest.axeSource();
        try (HtmlChecker checker = new HtmlChecker()) {
            for (String locale : List.of("en", "fr", "nl", "de", "it", "pl", "el")) {
                server.services().users.setUiLocale("admin", locale);
                browser.get(base + "/editor");
                browser.findElement(By.cssSelector("a[href='/editor/first-steps']")).click();
                new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().endsWith("/editor/first-steps"));
                assertEquals(locale, browser.findElement(By.tagName("html")).getAttribute("lang"));
                assertEquals(TITLES.get(locale), browser.findElement(By.tagName("h1")).getText());
                assertEquals(6, browser.findElements(By.cssSelector("ol.first-steps > li h2")).size(), locale);
                assertEquals(List.of(), PortalChecksTest.violations(browser, axe), locale + " (axe-core)");
                assertEquals(List.of(), checker.errors(asEditor("/editor/first-steps")), locale + " (Nu)");
                if (locale.equals("pl")) Browser.screenshot(browser, "editor-first-steps-pl", 1440);
            }
        } finally {
            server.services().users.setUiLocale("admin", "en");
        }
    }

    private static String asEditor(String path) throws Exception {
        return EditorBrowser.asSignedIn(browser, base, path);
    }
}
