package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.Precondition;
import eu.innco.security.Actor;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.browser.Browser;
import eu.innco.web.exchange.ExchangeClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map layer of {@code /{locale}/exchange}: its GeoJSON holds the same items as the lists (every
 * language, the filters and words, nothing past its day), and in a real browser a marker per item
 * shows over the offline basemap, named in the page's language and leading to the item.
 */
class ExchangeMapTest {
    static final String LATER = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
    static InncoServer server;
    static String need;
    static String legal;
    static String premises;
    static String expired;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_SCHEDULER", "false"));
        ExchangeClient cy = ExchangeClient.member(server, "Συνεταιρισμός Πάφου", "CY", "Πάφος", 34.7754, 32.4245, "el", List.of("S"),
                List.of("el"), "pafos@example.cy");
        ExchangeClient be = ExchangeClient.member(server, "Coopérative Brugeoise", "BE", "Liège", 50.6326, 5.5797, "fr", List.of("S"),
                List.of("fr"), "liege-map@example.be");
        ExchangeClient it = ExchangeClient.member(server, "Cooperativa Spazi Aperti", "IT", "Bari", 41.1171, 16.8719, "it", List.of("S"),
                List.of("it"), "bari@example.it");
        need = post(cy, "el", "need", "Νομικός για το καταστατικό μας", "legal");
        legal = post(be, "fr", "offer", "Conseil juridique aux coopératives", "legal");
        premises = post(it, "it", "offer", "Sala riunioni a Bari", "premises");
        expired = post(be, "fr", "offer", "Camionnette du samedi", "vehicles");
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.putObject("properties").put("validUntil", LocalDate.now(ZoneOffset.UTC).minusDays(1) + "T00:00:00Z");
        server.services().content.patch(Actor.SYSTEM, "offer", expired, patch, Precondition.ANY);
        server.services().publishing.publication.publish(Actor.SYSTEM, "offer", expired, List.of("fr"), "time passes", false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String post(ExchangeClient c, String locale, String kind, String title, String category) throws Exception {
        return ExchangeClient.idOf(c.form("/" + locale + "/account/exchange/new", ExchangeClient.posting(c.csrf(locale), kind, title, "",
                category, List.of("S"), List.of("BE", "CY", "IT"), false, List.of(locale), LATER)));
    }

    /** The map layer's GeoJSON addresses on a page, by kind, and the features each one answers, as "id name". */
    static Map<String, List<String>> layers(String page) {
        String html = new Http(server.uri()).get(page).body();
        Map<String, List<String>> out = new java.util.TreeMap<>();
        var m = Pattern.compile("data-(offer|need)=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            JsonNode fc = new Http(server.uri()).get(m.group(2).replace("&amp;", "&")).json();
            assertEquals("FeatureCollection", fc.path("type").asText(), fc.toString());
            List<String> features = new ArrayList<>();
            fc.path("features").forEach(f -> features.add(f.path("id").asText() + " " + f.path("properties").path("name").asText()));
            out.put(m.group(1), features);
        }
        return out;
    }

    @Test
    void the_map_layer_reads_the_same_items_as_the_lists() {
        Map<String, List<String>> all = layers("/fr/exchange");
        assertEquals(List.of(need + " Νομικός για το καταστατικό μας"), all.get("need"), "a need written in Greek is on the French page's map");
        assertTrue(all.get("offer").contains(legal + " Conseil juridique aux coopératives"), all.toString());
        assertTrue(all.get("offer").contains(premises + " Sala riunioni a Bari"), all.toString());
        assertFalse(all.toString().contains(expired), "past its day: not on the map, as not in the list");
        assertEquals(Map.of("offer", List.of(premises + " Sala riunioni a Bari")), layers("/fr/exchange?kind=offer&category=premises"));
        assertEquals(List.of(legal + " Conseil juridique aux coopératives"), layers("/fr/exchange?q=juridique").get("offer"), "the words too");
        JsonNode point = new Http(server.uri()).get("/.rest/delivery/needs?format=geojson&lang=el").json().path("features").path(0);
        assertEquals("[32.4245,34.7754]", point.path("geometry").path("coordinates").toString(), "the member's place, [lon, lat]");
    }

    @Test
    void a_browser_shows_a_marker_per_item_named_in_the_pages_language_leading_to_it() throws Exception {
        WebDriver b = Browser.start("fr");
        try {
            String base = server.uri().toString().replaceAll("/$", "");
            String axe = PortalChecksTest.axeSource();
            for (int width : List.of(1440, 360)) {
                b.manage().window().setSize(new Dimension(width, 900));
                b.get(base + "/fr/exchange");
                new WebDriverWait(b, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "true".equals(d.findElement(By.id("exchange-map")).getAttribute("data-ready")));
                assertTrue(b.findElement(By.id("exchange-map")).isDisplayed());
                assertEquals(2, b.findElements(By.cssSelector("#exchange-map .map-pin.exchange-offer")).size(), "width " + width);
                WebElement pin = b.findElement(By.cssSelector("#exchange-map .map-pin.exchange-need"));
                assertEquals("Besoin\u00a0: Νομικός για το καταστατικό μας", pin.getAttribute("aria-label"), "named in French typography");
                new WebDriverWait(b, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "true".equals(d.findElement(By.id("exchange-map")).getAttribute("data-basemap-ready")));
                assertEquals(List.of(), PortalChecksTest.violations(b, axe), "axe-core at " + width);
                Long overflow = (Long) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertTrue(overflow <= 0, "nothing wider than the window: " + overflow);
            }
            WebElement pin = b.findElement(By.cssSelector("#exchange-map .map-pin.exchange-need"));
            ((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center'})", pin);
            pin.click();
            WebElement link = new WebDriverWait(b, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.cssSelector("#exchange-map .leaflet-popup a")));
            assertTrue(link.getAttribute("href").endsWith("/fr/exchange/needs/" + need), link.getAttribute("href"));
            link.click();
            new WebDriverWait(b, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().endsWith("/fr/exchange/needs/" + need));
            assertEquals("Νομικός για το καταστατικό μας", b.findElement(By.tagName("h1")).getText());
        } finally {
            b.quit();
        }
    }
}
