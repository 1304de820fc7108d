package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.browser.Browser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An organiser starts a check-up in French; three participants answer in French, Polish (on a
 * 360-pixel phone) and Greek, each switching the language themselves. With two answers there are
 * no results; with three, the organiser's page shows the scores and spreads this test works out
 * from the answers it gave, and the techniques suggested for the weakest condition are the ones
 * the content links to it.
 */
class CheckupJourneyTest {
    static InncoServer server;
    static WebDriver browser;
    static String base;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = PortalSite.start();
        base = PortalSite.base(server);
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void a_group_answers_in_three_languages_and_the_organiser_reads_its_results() throws Exception {
        Map<String, Integer> conditionOf = CheckupClient.conditionOf(http);
        browser.get(base + "/fr/check-up");
        browser.findElement(By.id("group-name")).sendKeys("Coopérative des trois vallées");
        browser.findElement(By.cssSelector("form.checkup-form button[type=submit]")).click();
        assertTrue(waiting().until(d -> d.findElement(By.cssSelector("p.notice[role=status]"))).getText().contains("Votre bilan est prêt"));
        String organiser = browser.getCurrentUrl();
        String participantLink = browser.findElement(By.id("participant-link")).getAttribute("value");
        Browser.screenshot(browser, "checkup-organiser-fr", 1440);

        List<Map<String, String>> people = new ArrayList<>();
        people.add(answer(participantLink, null, 1440, conditionOf, 0));
        people.add(answer(participantLink, "pl", 360, conditionOf, 1));
        browser.get(organiser);
        assertFalse(browser.findElement(By.id("results-waiting")).getText().isBlank());
        assertTrue(browser.findElements(By.id("results-table")).isEmpty(), "no results with two answers");

        people.add(answer(participantLink, "el", 1440, conditionOf, 2));
        browser.get(organiser);
        Map<Integer, List<String>> expected = CheckupClient.expected(conditionOf, people, ',');
        assertEquals(expected, CheckupClient.table(browser.getPageSource()));
        Browser.screenshot(browser, "checkup-results-fr", 1440);
        browser.manage().window().setSize(new Dimension(360, 1000));
        Long wide = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(wide <= 360, "the results fit a phone: " + wide);
        browser.manage().window().setSize(new Dimension(1440, 1000));

        int weakest = expected.entrySet().stream().min(Map.Entry.comparingByValue((a, b) ->
                Double.compare(Double.parseDouble(a.get(0).replace(',', '.')), Double.parseDouble(b.get(0).replace(',', '.'))))).orElseThrow().getKey();
        List<String> suggested = browser.findElements(By.cssSelector("section.focus.weakest ul.techniques > li > a:first-child")).stream()
                .map(WebElement::getText).toList();
        assertEquals(linkedTechniques(weakest), suggested);

        // the report in Greek, from the organiser's link in that language
        String own = java.net.URI.create(organiser).getRawPath().replace("/fr/", "/el/");
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + own + "/report.pdf")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Έλεγχος συνεργασίας: Coopérative des trois vallées"), text);
            assertTrue(text.contains("Εμπιστοσύνη μεταξύ προσώπων"), text);
            assertTrue(text.contains("Τεχνικές για να δοκιμάσετε"), text);
        }
    }

    static org.openqa.selenium.support.ui.WebDriverWait waiting() {
        org.openqa.selenium.support.ui.WebDriverWait w = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // a node replaced while read is read again
        return w;
    }

    /** One participant: opens the link, switches to their language, answers every statement and saves. */
    private Map<String, String> answer(String link, String language, int width, Map<String, Integer> conditionOf, int person) {
        browser.manage().window().setSize(new Dimension(1440, 1000));
        browser.get(link);
        if (language != null) {
            browser.findElement(By.cssSelector("nav.languages a[hreflang=" + language + "]")).click();
            waiting().until(d -> d.getCurrentUrl().contains("/" + language + "/check-up/p/"));
        }
        browser.manage().window().setSize(new Dimension(width, 1000));
        CheckupClient.Form form = CheckupClient.form(browser.getPageSource());
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < form.statements().size(); i++) {
            String id = form.statements().get(i);
            // trust (3) is the weak point of this group; the others vary between people
            String v = conditionOf.get(id) == 3 ? Integer.toString(1 + (i + person) % 2) : i % 9 == person ? "dk" : Integer.toString(3 + (i + person) % 3);
            WebElement radio = browser.findElement(By.id("s-" + id + "-" + v));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
            browser.findElement(By.cssSelector("label[for='s-" + id + "-" + v + "']")).click();
            given.put(id, v);
        }
        if (width == 360) {
            Long scroll = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scroll <= 360, "no sideways scrolling on a phone: " + scroll);
        }
        browser.findElement(By.id("send")).click();
        assertTrue(waiting().until(d -> d.findElement(By.id("saved"))).isDisplayed());
        if (language != null) assertTrue(browser.getCurrentUrl().contains("/" + language + "/check-up/p/"), browser.getCurrentUrl());
        return given;
    }

    /** The names (in French) of the techniques the content links to a condition. */
    private static List<String> linkedTechniques(int number) {
        for (JsonNode c : http.get("/.rest/delivery/successConditions?limit=10&lang=fr").json().path("results")) {
            if (c.path("number").asInt() != number) continue;
            List<String> names = new ArrayList<>();
            for (JsonNode t : c.path("techniques")) names.add(t.path("name").asText());
            return names;
        }
        throw new AssertionError("condition " + number);
    }
}
