package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.browser.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor in a real browser: reads a case study in French, switches to Polish, opens the map,
 * searches a French word in another form, downloads the Greek guide, and tabs through the home page
 * with the keyboard alone. Screenshots of the main pages at 360 and 1440 pixels go to target/screenshots/ (see Browser#screenshot).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalJourneyTest {
    static InncoServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = PortalSite.start();
        base = PortalSite.base(server);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    static WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(browser, Duration.ofSeconds(10));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // a node replaced while read is read again
        return w;
    }

    @Test
    @Order(1)
    void a_visitor_reads_a_case_study_in_french_then_in_polish() {
        browser.get(base + "/fr/");
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.linkText("Quatre traiteurs, une cuisine : partager une cuisine professionnelle à Lyon")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/fr/case-studies/cuisine-partagee-lyon"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Quatre traiteurs"));
        assertTrue(browser.findElement(By.cssSelector(".badge.demo")).isDisplayed(), "an example is labelled as such");
        browser.findElement(By.cssSelector("nav.languages a[hreflang=pl]")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/pl/case-studies/shared-kitchen-lyon"));
        assertEquals("pl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        WebElement article = browser.findElement(By.tagName("article"));
        assertEquals("en", article.getAttribute("lang"), "not translated into Polish: shown in English, marked as English");
        WebElement notice = article.findElement(By.cssSelector(".fallback-notice"));
        assertEquals("pl", notice.getAttribute("lang"));
        assertTrue(notice.getText().contains("po angielsku"), notice.getText());
        assertTrue(browser.findElement(By.cssSelector("nav.main-nav")).getText().contains("Studia przypadków"), "the interface is Polish");
    }

    @Test
    @Order(2)
    void a_visitor_opens_the_map_and_sees_the_markers_and_the_list() {
        browser.get(base + "/fr/map");
        int listed = browser.findElements(By.cssSelector("#map-list li[data-lat]")).size();
        assertTrue(listed >= 10, "organisations with a place: " + listed);
        waiting().until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
        // groups and single markers together stand for every organisation of the list
        Object represented = ((JavascriptExecutor) browser).executeScript("var n = 0; document.querySelectorAll('#map .map-cluster span')"
                + ".forEach(function (s) { n += parseInt(s.textContent, 10); }); return n + document.querySelectorAll('#map .map-pin').length;");
        assertEquals((long) listed, represented);
        assertTrue(browser.findElement(By.id("map")).isDisplayed());
        assertTrue(browser.findElement(By.id("map-list")).isDisplayed(), "the list stays beside the map");
        browser.get(base + "/fr/organisations/arobase");
        WebElement marker = waiting().until(d -> d.findElements(By.cssSelector("#map .map-pin[title=Arobase]")).stream().findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", marker);
        // the popup fades in: its link reads as empty text until it is shown
        waiting().until(d -> d.findElements(By.cssSelector(".leaflet-popup-content a")).stream().anyMatch(a -> !a.getText().isEmpty()));
        assertEquals("Arobase", browser.findElement(By.cssSelector(".leaflet-popup-content a")).getText());
    }

    @Test
    @Order(3)
    void a_visitor_searches_a_french_word_in_another_form_and_finds_the_case_study() {
        browser.get(base + "/fr/");
        WebElement q = browser.findElement(By.id("site-search"));
        q.sendKeys("cuisines");
        q.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/fr/search?q=cuisines"));
        assertFalse(browser.findElements(By.linkText("Quatre traiteurs, une cuisine : partager une cuisine professionnelle à Lyon")).isEmpty());
    }

    @Test
    @Order(4)
    void a_visitor_downloads_the_guide_in_greek() throws Exception {
        browser.get(base + "/el/guide");
        WebElement link = browser.findElement(By.cssSelector("a[href$='/el/guide.pdf']"));
        assertEquals("Λήψη του οδηγού (PDF)", link.getText());
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (PDDocument d = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Το μοντέλο συνεργατικού σχεδιασμού"), "Greek text, not boxes");
        }
    }

    @Test
    @Order(5)
    void the_home_page_can_be_used_with_the_keyboard_alone() {
        browser.get(base + "/fr/");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("Aller au contenu", skip.getText());
        assertTrue(skip.getLocation().getY() >= 0 && skip.isDisplayed(), "the skip link shows when focused");
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"), "the skip link moves the focus to the content");
        browser.get(base + "/fr/");
        Set<String> reached = new HashSet<>();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        WebElement previous = null;
        for (int i = 0; i < 80; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (focused.equals(previous) || focused.getTagName().equals("body")) break; // past the last link: focus left the page
            previous = focused;
            String outline = (String) js.executeScript("var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", focused);
            assertFalse(outline.startsWith("none") || outline.endsWith(" 0px"), "visible focus on " + focused.getText() + ": " + outline);
            reached.add(focused.getAttribute("href") == null ? focused.getTagName() + "#" + focused.getAttribute("id") : focused.getAttribute("href"));
        }
        for (String expected : List.of(base + "/pl/", base + "/fr/case-studies", "input#site-search", base + "/fr/map")) {
            assertTrue(reached.contains(expected), "tabbing reaches " + expected + ": " + reached);
        }
        assertTrue(reached.stream().anyMatch(h -> h.contains("/fr/case-studies/")), "and the content's links");
    }

    @Test
    @Order(6)
    void screenshots_of_the_main_pages_at_360_and_1440_pixels() throws Exception {
        List<String[]> pages = List.of(new String[] {"home", "/fr/"}, new String[] {"case-study", "/fr/case-studies/cuisine-partagee-lyon"},
                new String[] {"case-study-fallback", "/pl/case-studies/shared-kitchen-lyon"}, new String[] {"case-studies", "/fr/case-studies"},
                new String[] {"map", "/fr/map"}, new String[] {"guide", "/el/guide"}, new String[] {"condition", "/fr/guide/conditions/egalite-entre-partenaires"},
                new String[] {"events", "/fr/events"}, new String[] {"search", "/fr/search?q=cuisines"});
        for (String[] p : pages) {
            browser.get(base + p[1]);
            if (p[0].equals("map")) waiting().until(d -> !d.findElements(By.cssSelector("#map .map-cluster, #map .map-pin")).isEmpty());
            Browser.screenshot(browser, "portal-" + p[0] + "-1440", 1440);
            Browser.screenshot(browser, "portal-" + p[0] + "-360", 360);
            Long scroll = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scroll <= 1440, "no horizontal scrolling at 1440: " + scroll);
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        for (String[] p : pages) {
            browser.get(base + p[1]);
            Long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            Long inner = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
            assertTrue(width <= inner, p[0] + " fits 360 px without sideways scrolling: " + width + " > " + inner);
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
    }
}
