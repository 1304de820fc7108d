package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.browser.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * With {@code INNCO_MAP_TILE_URL} set, tiles are drawn under the country borders (which then are lines
 * only, not filled land over the tiles). The tiles here are addresses of this site that do not exist:
 * what counts is that they are asked for, in the pane under the borders' pane.
 */
class MapTilesBrowserTest {
    static InncoServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true", "INNCO_MAP_TILE_URL", "/.map/test-tiles/{z}/{x}/{y}.png"));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void tiles_are_drawn_under_the_borders() {
        browser.get(PortalSite.base(server) + "/nl/map");
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-basemap-ready")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertTrue(browser.findElements(By.cssSelector("#map .leaflet-tile-pane img.leaflet-tile")).size() > 0, "tiles are asked for");
        @SuppressWarnings("unchecked")
        List<Long> z = (List<Long>) js.executeScript("function z(s) { return parseInt(getComputedStyle(document.querySelector(s)).zIndex, 10); }"
                + " return [z('#map .leaflet-tile-pane'), z('#map .leaflet-borders-pane'), z('#map .leaflet-marker-pane')];");
        assertTrue(z.get(0) < z.get(1) && z.get(1) < z.get(2), "tiles under borders under markers: " + z);
        // the borders are lines over the tiles: the canvas is transparent inside the countries
        Object alpha = js.executeScript("var c = document.querySelector('#map .leaflet-borders-pane canvas'), x = c.getContext('2d');"
                + " var d = x.getImageData(0, 0, c.width, c.height).data, filled = 0, n = 0;"
                + " for (var i = 3; i < d.length; i += 4 * 97) { n++; if (d[i] > 0) filled++; } return filled / n;");
        assertTrue(((Number) alpha).doubleValue() < 0.2, "mostly transparent: " + alpha);
        assertEquals("true", browser.findElement(By.id("map")).getAttribute("data-ready"));
    }
}
