package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor's languages in a browser set to Polish: the interface follows the browser until the user
 * chooses one under My account, a new form opens in the user's first working language, and the
 * publish form ticks every complete locale.
 */
class EditorBrowserLanguageTest {
    static InncoServer server;
    static WebDriver browser;
    static String base;
    static String partner;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start("pl");
        server = TestServer.start();
        base = server.uri().toString().replaceAll("/$", "");
        partner = server.services().content.create(Actor.SYSTEM, "organisation", new ObjectMapper().readTree(
                "{\"properties\":{\"name\":\"Partner PL\",\"country\":\"PL\",\"role\":\"partner\"}}")).id();
        var users = server.services().users;
        users.create("ola", "ola password", Set.of(Role.PARTNER_PUBLISHER), partner, Set.of("pl"), false);
        users.create("jan", "jan password", Set.of(Role.EDITOR), partner, Set.of("fr"), false);
        users.setUiLocale("jan", "en");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    static void signIn(String user) {
        EditorBrowser.signIn(browser, base, user, user + " password");
    }

    static String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    @Test
    void the_editor_opens_in_the_browsers_language_until_the_user_chooses_one() {
        signIn("ola");
        browser.get(base + "/editor");
        assertEquals("pl", htmlLang(), "a user who never chose gets the browser's language");
        assertEquals("Pulpit", browser.findElement(By.tagName("h1")).getText());

        browser.get(base + "/editor/account");
        new Select(browser.findElement(By.id("uiLocale"))).selectByValue("fr");
        browser.findElement(By.id("uiLocale")).submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "fr".equals(htmlLang()));
        browser.get(base + "/editor");
        assertEquals("fr", htmlLang(), "the choice under My account wins over the browser");
        server.services().users.setUiLocale("ola", "");
    }

    @Test
    void a_user_who_chose_english_still_gets_english() {
        signIn("jan");
        browser.get(base + "/editor");
        assertEquals("en", htmlLang());
    }

    @Test
    void a_new_form_opens_in_the_users_first_language() {
        signIn("jan");
        browser.get(base + "/editor/content/caseStudy/new");
        assertEquals("fr", browser.findElement(By.cssSelector("form.item-form input[name=_locale]")).getAttribute("value"));
        assertFalse(browser.findElements(By.id("p.title.fr")).isEmpty(), "the French title is the one to fill");
    }

    @Test
    void the_publish_form_ticks_every_complete_locale() throws Exception {
        String id = server.services().content.create(server.services().users.find("ola").orElseThrow().actor(), "caseStudy",
                new ObjectMapper().readTree("{\"sourceLocale\":\"pl\",\"properties\":{\"title\":{\"pl\":\"Spółdzielnia\",\"fr\":\"Coopérative\"}}}")).id();
        signIn("ola");
        browser.get(base + "/editor/content/caseStudy/" + id + "?edit=pl");
        List<String> ticked = browser.findElements(By.cssSelector("form.publish-form input[name=locales]")).stream()
                .filter(WebElement::isSelected).map(e -> e.getAttribute("value")).toList();
        assertEquals(List.of("fr", "pl"), ticked.stream().sorted().toList());
        assertTrue(browser.findElement(By.cssSelector("form.publish-form button[value=publish]")).isEnabled());
    }
}
