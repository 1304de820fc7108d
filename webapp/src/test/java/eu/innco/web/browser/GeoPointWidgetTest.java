package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The geo-point widget: a click on the map fills latitude and longitude, and the map draws the
 * portal's configured tiles (served here by a local tile server, allowed by the CSP).
 */
class GeoPointWidgetTest {
    static HttpServer tiles;
    static final AtomicInteger tileRequests = new AtomicInteger();
    static InncoServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB), "png", png);
        tiles = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tiles.createContext("/", x -> {
            tileRequests.incrementAndGet();
            x.getResponseHeaders().set("Content-Type", "image/png");
            x.sendResponseHeaders(200, png.size());
            x.getResponseBody().write(png.toByteArray());
            x.close();
        });
        tiles.start();
        String tileHost = "http://127.0.0.1:" + tiles.getAddress().getPort();
        server = TestServer.start(Map.of("INNCO_MAP_TILE_URL", tileHost + "/{z}/{x}/{y}.png", "INNCO_MAP_TILE_HOSTS", tileHost,
                "INNCO_MAP_TILE_ATTRIBUTION", "Test tiles"));
        base = server.uri().toString().replaceAll("/$", "");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (tiles != null) tiles.stop(0);
    }

    @Test
    void a_click_on_the_map_sets_the_coordinates_over_the_configured_tiles() {
        browser.manage().deleteAllCookies();
        browser.get(base + "/editor/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TestServer.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // a node replaced while read is read again
        wait.until(d -> !d.findElements(By.cssSelector("form[action$='/editor/logout']")).isEmpty());

        browser.get(base + "/editor/content/organisation/new");
        WebElement map = wait.until(d -> d.findElement(By.cssSelector("fieldset.geo .map.leaflet-container")));
        WebElement lat = browser.findElement(By.cssSelector("fieldset.geo input[name$='.lat']"));
        WebElement lon = browser.findElement(By.cssSelector("fieldset.geo input[name$='.lon']"));
        assertEquals("", lat.getAttribute("value"));
        new Actions(browser).moveToElement(map, 20, -10).click().perform();
        wait.until(d -> !lat.getAttribute("value").isEmpty());
        double la = Double.parseDouble(lat.getAttribute("value"));
        double lo = Double.parseDouble(lon.getAttribute("value"));
        assertTrue(la > -90 && la < 90 && lo > -180 && lo < 180, la + "," + lo);
        assertTrue(Math.abs(la - 50.5) < 40 && Math.abs(lo - 10) < 60, "a point near the map's European start: " + la + "," + lo);
        assertEquals(1, browser.findElements(By.cssSelector("fieldset.geo .leaflet-marker-icon")).size(), "a marker where the click was");
        wait.until(d -> tileRequests.get() > 0);
        assertTrue(browser.findElement(By.cssSelector("fieldset.geo .leaflet-control-attribution")).getText().contains("Test tiles"));
    }
}
