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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editorial journey in a real browser: a French partner's editor writes a case study in French,
 * a translator adds Polish in the translation view, a publisher publishes both after a preview, a visitor reads them on the portal; an editor of another
 * partner is refused; an XSS payload stays inert; a stale save is refused; a login burst is throttled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorJourneyTest {
    static InncoServer server;
    static WebDriver browser;
    static String base;
    static String studyId;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = TestServer.start();
        base = server.uri().toString().replaceAll("/$", "");
        ObjectMapper json = new ObjectMapper();
        String fr = server.services().content.create(Actor.SYSTEM, "organisation",
                json.readTree("{\"properties\":{\"name\":\"Arobase\",\"country\":\"FR\",\"role\":\"partner\"}}")).id();
        String pl = server.services().content.create(Actor.SYSTEM, "organisation",
                json.readTree("{\"properties\":{\"name\":\"Polish partner\",\"country\":\"PL\",\"role\":\"partner\"}}")).id();
        var users = server.services().users;
        users.create("camille", "camille password", Set.of(Role.EDITOR), fr, Set.of("fr"), false);
        users.create("tomasz", "tomasz password", Set.of(Role.TRANSLATOR), "", Set.of("pl"), false);
        users.create("petra", "petra password", Set.of(Role.PUBLISHER), "", Set.of(), true);
        users.create("kasia", "kasia password", Set.of(Role.EDITOR), pl, Set.of("pl"), false);
        users.create("burst", "burst password", Set.of(Role.EDITOR), fr, Set.of(), false);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    static void signIn(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/editor/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        // the answer must arrive before the next page is asked for, or the two navigations race
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.getCurrentUrl().contains("/editor/login")
                || !d.findElements(By.cssSelector("p.error")).isEmpty());
    }

    static WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(browser, Duration.ofSeconds(10));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // a node replaced while read is read again
        return w;
    }

    static void type(String fieldId, String text) {
        WebElement e = browser.findElement(By.id(fieldId));
        e.clear();
        e.sendKeys(text);
    }

    static void richText(String fieldId, String text) {
        // the textarea is hidden behind the WYSIWYG editor, which comes just before it
        WebElement editor = browser.findElement(By.xpath("//textarea[@id='" + fieldId + "']/preceding-sibling::div[1]//div[contains(@class,'ql-editor')]"));
        editor.click();
        editor.sendKeys(text);
    }

    static void noAlert() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("a script ran: an alert is open");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    @Order(1)
    void a_french_partners_editor_writes_a_case_study_in_french() throws Exception {
        signIn("camille", "camille password");
        browser.get(base + "/editor/content/caseStudy/new?edit=fr");
        type("p.title.fr", "Une cuisine partagée à Lyon <img src=x onerror=alert(1)>");
        type("p.summary.fr", "Trois associations partagent une cuisine professionnelle.");
        richText("p.body.fr", "Le projet a commencé en 2021.");
        // what a crafted client could send in the rich text, past the WYSIWYG editor
        ((JavascriptExecutor) browser).executeScript("document.getElementById('p.body.fr').value = arguments[0];",
                "<p>Le projet a commencé en 2021.</p><img src=x onerror=\"alert(1)\"><script>alert(2)</script>"
                        + "<p><a href=\"javascript:alert(3)\">lien</a> <strong onclick=\"alert(4)\">fort</strong></p>");
        browser.findElement(By.cssSelector("form.item-form button.primary")).click();
        waiting().until(ExpectedConditions.urlMatches("/editor/content/caseStudy/[0-9a-f-]{36}"));
        studyId = browser.getCurrentUrl().replaceAll(".*/caseStudy/([0-9a-f-]{36}).*", "$1");
        assertTrue(browser.findElement(By.cssSelector(".flash")).getText().length() > 0);
        assertEquals("Une cuisine partagée à Lyon <img src=x onerror=alert(1)>", browser.findElement(By.tagName("h1")).getText(),
                "the payload is shown as text");
        noAlert();
        var saved = server.services().content.get(Actor.SYSTEM, "caseStudy", studyId);
        assertEquals("fr", saved.sourceLocale());
        String body = saved.values().get("body", "fr").orElseThrow().toString();
        assertTrue(body.contains("Le projet a commencé en 2021.") && body.contains("fort"), body);
        for (String bad : List.of("onerror", "<script", "javascript:", "onclick")) assertFalse(body.contains(bad), bad + " was stored: " + body);
        browser.navigate().refresh();
        assertTrue(browser.findElement(By.cssSelector(".ql-editor")).getText().contains("Le projet a commencé en 2021."));
        noAlert();
    }

    @Test
    @Order(2)
    void a_translator_adds_polish_in_the_translation_view() throws Exception {
        signIn("tomasz", "tomasz password");
        browser.get(base + "/editor/content/caseStudy/" + studyId + "/translate?source=fr&target=pl");
        List<WebElement> sources = browser.findElements(By.cssSelector(".source[lang=fr]"));
        assertFalse(sources.isEmpty(), browser.getCurrentUrl() + "\n" + browser.findElement(By.tagName("main")).getText());
        assertTrue(sources.get(0).getText().contains("Une cuisine partagée"));
        type("p.title.pl", "Wspólna kuchnia w Lyonie");
        type("p.summary.pl", "Trzy stowarzyszenia dzielą profesjonalną kuchnię.");
        richText("p.body.pl", "Projekt rozpoczął się w 2021 roku.");
        browser.findElement(By.cssSelector("input[name=state][value=translated]")).click();
        Browser.screenshot(browser, "editor-translation-view", 1440);
        browser.findElement(By.cssSelector("form.item-form button.primary")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
        var item = server.services().content.get(Actor.SYSTEM, "caseStudy", studyId);
        assertEquals("Wspólna kuchnia w Lyonie", item.values().get("title", "pl").orElseThrow());
        assertEquals("translated", item.locales().get("pl").translation());
        assertEquals("Une cuisine partagée à Lyon <img src=x onerror=alert(1)>", item.values().get("title", "fr").orElseThrow(),
                "the translator's save left the French alone");
    }

    @Test
    @Order(30)
    void a_publisher_publishes_both_locales() throws Exception {
        signIn("petra", "petra password");
        browser.get(base + "/editor/content/caseStudy/" + studyId + "?edit=fr");
        for (WebElement box : browser.findElements(By.cssSelector(".publish-form input[name=locales]"))) {
            String l = box.getAttribute("value");
            if (box.isSelected() != (l.equals("fr") || l.equals("pl"))) box.click();
        }
        browser.findElement(By.cssSelector(".publish-form button[value=publish]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
        var published = server.services().publishing.reader.byId("caseStudy", studyId).orElseThrow();
        assertEquals(List.of("fr", "pl"), published.locales());
    }

    @Test
    @Order(29)
    void the_draft_preview_from_the_form_shows_the_portals_look_without_running_the_payload() {
        signIn("camille", "camille password");
        browser.get(base + "/editor/content/caseStudy/" + studyId + "?edit=fr");
        browser.findElement(By.cssSelector("a[href$='/preview?lang=fr']")).click();
        WebElement banner = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".preview-banner")));
        assertFalse(banner.getText().isBlank());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Une cuisine partagée à Lyon <img src=x onerror=alert(1)>", browser.findElement(By.tagName("h1")).getText());
        noAlert();
    }

    @Test
    @Order(31)
    void a_visitor_reads_the_published_case_study_in_french_then_polish() {
        browser.manage().deleteAllCookies();
        browser.get(base + "/fr/case-studies");
        browser.findElement(By.partialLinkText("Une cuisine partagée à Lyon")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Une cuisine partagée"));
        assertEquals("Une cuisine partagée à Lyon <img src=x onerror=alert(1)>", browser.findElement(By.tagName("h1")).getText(),
                "the payload is text on the portal too");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Le projet a commencé en 2021."));
        // JSON-LD data blocks are scripts the browser does not run; any other script, or a handler, would be the payload
        List<String> active = browser.findElements(By.cssSelector("main script:not([type='application/ld+json']), "
                + "main [onclick], main [onerror], main a[href^='javascript:']")).stream().map(e -> e.getAttribute("outerHTML")).toList();
        assertTrue(active.isEmpty(), "nothing active came through: " + active);
        noAlert();
        browser.findElement(By.cssSelector("nav.languages a[hreflang=pl]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Wspólna kuchnia w Lyonie"));
        assertEquals("pl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Projekt rozpoczął się w 2021 roku."));
        assertTrue(browser.getCurrentUrl().startsWith(base + "/pl/case-studies/"), browser.getCurrentUrl());
        noAlert();
    }

    @Test
    @Order(40)
    void an_editor_of_another_partner_cannot_open_the_edit_form() {
        signIn("kasia", "kasia password");
        browser.get(base + "/editor/content/caseStudy/" + studyId);
        assertEquals("You may not do this", browser.findElement(By.tagName("h1")).getText(), "the refusal page, in her language");
        assertFalse(browser.findElements(By.cssSelector("form.item-form")).size() > 0, "no form for her");
    }

    @Test
    @Order(50)
    void a_stale_save_is_refused_with_the_differences() throws Exception {
        signIn("camille", "camille password");
        browser.get(base + "/editor/content/caseStudy/" + studyId + "?edit=fr");
        type("p.summary.fr", "Ma version du résumé.");
        server.services().content.patch(Actor.SYSTEM, "caseStudy", studyId,
                new ObjectMapper().readTree("{\"properties\":{\"summary\":{\"fr\":\"Une autre version, enregistrée entre-temps.\"}}}"),
                eu.innco.content.Precondition.ANY);
        ((JavascriptExecutor) browser).executeScript("window.onbeforeunload = null;");
        browser.findElement(By.cssSelector("form.item-form button.primary")).click();
        WebElement box = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-box")));
        assertTrue(box.getText().contains("Une autre version") && box.getText().contains("Ma version du résumé."), box.getText());
        assertEquals("Une autre version, enregistrée entre-temps.",
                server.services().content.get(Actor.SYSTEM, "caseStudy", studyId).values().get("summary", "fr").orElseThrow());
    }

    @Test
    @Order(60)
    void a_burst_of_failed_sign_ins_is_throttled() {
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            signIn("burst", "wrong password " + i);
            seen.append(i).append(": ").append(browser.findElements(By.cssSelector("p.error")).stream().map(WebElement::getText).toList()).append("\n");
        }
        String text = browser.findElement(By.cssSelector("p.error")).getText() + "\n" + seen;
        assertTrue(text.contains("Too many failed attempts"), text);
    }
}
