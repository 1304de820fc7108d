package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.bench.MemberGenerator;
import eu.innco.web.browser.Browser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map with the project's content and 1,500 generated network members, in a real browser at
 * 1440 and 360 pixels: the members are grouped into a few markers whose counts add up, the filters
 * narrow the map and the list alike, the keyboard alone zooms into groups down to one organisation,
 * no marker sticks out of the map, the basemap is drawn with country names in the page's language,
 * and axe-core and the Nu checker find nothing on it.
 */
class MapBrowserTest {
    static final int MEMBERS = 1500;
    static InncoServer server;
    static WebDriver browser;
    static Http http;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        var s = server.services();
        new MemberGenerator(s.content, s.publishing.publication, 7, eu.innco.progress.Progress.NONE).generate(MEMBERS, 500);
        http = new Http(server.uri());
        base = PortalSite.base(server);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @AfterEach
    void wide() {
        browser.manage().window().setSize(new Dimension(1440, 1000));
    }

    static WebElement ready(String path) {
        browser.get(base + path);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
        } catch (org.openqa.selenium.TimeoutException e) {
            String src = browser.getPageSource();
            int i = src.indexOf("<main");
            src = i < 0 ? src : src.substring(i);
            Object logs = browser.manage().logs().get("browser").getAll();
            throw new AssertionError(path + ": the map never became ready: " + src.substring(0, Math.min(1500, src.length())) + " logs " + logs, e);
        }
        return browser.findElement(By.id("map"));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The organisations the markers on screen stand for: each group's count plus each single pin. */
    static long represented() {
        return (Long) js("var n = 0; document.querySelectorAll('#map .map-cluster span').forEach(function (s) { n += parseInt(s.textContent, 10); });"
                + " return n + document.querySelectorAll('#map .map-pin').length;");
    }

    static int markers() {
        return browser.findElements(By.cssSelector("#map .map-cluster, #map .map-pin")).size();
    }

    @Test
    void thousands_of_members_are_grouped_into_a_few_markers_whose_counts_add_up() {
        WebElement map = ready("/en/map");
        int points = Integer.parseInt(map.getAttribute("data-points"));
        assertTrue(points >= MEMBERS, "every organisation of the GeoJSON is on the map: " + points);
        assertTrue(markers() <= 120, "readable: " + markers() + " markers for " + points + " organisations");
        assertEquals(points, represented(), "the groups' counts add up to every organisation");
        WebElement group = browser.findElement(By.cssSelector("#map .map-cluster"));
        assertTrue(group.getAttribute("aria-label").startsWith("Organisations in this area: "), group.getAttribute("aria-label"));
        assertEquals("0", group.getAttribute("tabindex"), "a group is reached with Tab");
    }

    @Test
    void the_keyboard_alone_zooms_into_groups_down_to_one_organisation() {
        ready("/en/map");
        js("document.getElementById('map').focus();");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        for (int i = 0; i < 20 && !browser.switchTo().activeElement().getAttribute("class").contains("map-pin"); i++) {
            WebElement active = browser.switchTo().activeElement();
            assertTrue(active.getAttribute("class").contains("map-cluster"), "the focus stays on the map's markers: " + active.getAttribute("class"));
            active.sendKeys(Keys.ENTER);
            // the zoom ends by putting the focus on the first marker inside the group
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.switchTo().activeElement() != null
                    && !d.switchTo().activeElement().equals(active) && d.switchTo().activeElement().getAttribute("class").matches(".*map-(cluster|pin).*"));
        }
        WebElement pin = browser.switchTo().activeElement();
        assertTrue(pin.getAttribute("class").contains("map-pin"), "reached one organisation");
        String name = pin.getAttribute("aria-label");
        pin.sendKeys(Keys.ENTER);
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(".leaflet-popup-content a")).stream().filter(a -> !a.getText().isEmpty()).findFirst().orElse(null));
        assertEquals(name, link.getText());
        assertEquals(link, browser.switchTo().activeElement(), "opened with Enter: the focus is on the popup's link");
        assertTrue(link.getAttribute("href").startsWith(base + "/en/organisations/"), link.getAttribute("href"));
        String href = link.getAttribute("href");
        link.sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(".leaflet-popup-content a")).isEmpty());
        assertEquals(pin, browser.switchTo().activeElement(), "Escape closes the popup and gives the focus back to the marker");
        assertEquals(200, PortalSite.html(http, href.substring(base.length())).status(), "the popup's link leads to the organisation");
    }

    @Test
    void the_filters_narrow_the_map_and_the_list_alike_at_360_pixels() {
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(base + "/pl/map");
        new Select(browser.findElement(By.id("filter-country"))).selectByValue("PL");
        new Select(browser.findElement(By.id("filter-role"))).selectByValue("member");
        new Select(browser.findElement(By.id("filter-sector"))).selectByValue("C");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        // the old page may still be there when the wait starts: its elements go stale as the new one loads
        WebElement map = new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement m = d.findElement(By.id("map"));
            return d.getCurrentUrl().contains("country=PL") && "true".equals(m.getAttribute("data-ready")) ? m : null;
        });
        List<WebElement> rows = browser.findElements(By.cssSelector("#map-list li"));
        int points = Integer.parseInt(map.getAttribute("data-points"));
        assertTrue(points > 0 && points < MEMBERS / 5, "narrowed: " + points);
        assertEquals(Math.min(points, MapPage.PAGE), rows.size(), "the list shows the same organisations");
        assertEquals(points, represented());
        for (WebElement row : rows) assertTrue(row.getText().contains("Polska") && row.getText().contains("Członek sieci INN-CO"), row.getText());
        String status = browser.findElement(By.cssSelector("p.count[role=status]")).getText();
        assertTrue(status.startsWith(points + " "), status);
        assertEquals("PL", new Select(browser.findElement(By.id("filter-country"))).getFirstSelectedOption().getAttribute("value"), "the choice is kept");
    }

    @Test
    void no_marker_sticks_out_of_the_map_at_360_pixels() {
        browser.manage().window().setSize(new Dimension(360, 800));
        for (String path : List.of("/en/map", "/fr/map?country=CY", "/it/organisations/arobase")) {
            ready(path);
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) js("var m = document.getElementById('map').getBoundingClientRect(), out = [];"
                    + " document.querySelectorAll('#map .map-cluster, #map .map-pin').forEach(function (e) { var r = e.getBoundingClientRect();"
                    + "   if (r.left < m.left || r.right > m.right || r.top < m.top || r.bottom > m.bottom) out.push(e.getAttribute('aria-label')); });"
                    + " return out;");
            assertEquals(List.of(), outside, path);
            assertTrue(markers() > 0, path);
        }
    }

    @Test
    void the_basemap_is_drawn_with_country_names_in_the_pages_language() {
        WebElement map = ready("/de/map");
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "true".equals(map.getAttribute("data-basemap-ready")));
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js("return Array.prototype.map.call(document.querySelectorAll('#map .map-country span'), function (s) { return s.textContent; });");
        assertTrue(names.contains("Frankreich") && names.contains("Polen") && names.contains("Italien"), names.toString());
        assertTrue((Boolean) js("var c = document.querySelector('#map .leaflet-borders-pane canvas'); return !!c && c.width > 0;"), "the borders' canvas");
    }

    @Test
    void axe_core_and_the_nu_checker_find_nothing_on_the_map_with_its_markers() throws Exception {
        for (String path : List.of("/fr/map", "/el/map?role=member&language=el&page=2")) {
            WebElement map = ready(path);
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "true".equals(map.getAttribute("data-basemap-ready")));
            assertEquals(List.of(), PortalChecksTest.violations(browser, PortalChecksTest.axeSource()), path);
            try (HtmlChecker checker = new HtmlChecker()) {
                assertEquals(List.of(), checker.errors(PortalSite.html(http, path).body()), path);
            }
        }
    }

    @Test
    void the_basemap_is_served_from_the_jar_for_a_year_and_the_page_asks_no_other_host() throws Exception {
        WebElement map = ready("/it/map");
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "true".equals(map.getAttribute("data-basemap-ready")));
        String address = map.getAttribute("data-basemap");
        Http.Res basemap = http.get(address);
        assertEquals(200, basemap.status());
        assertEquals("public, max-age=31536000, immutable", basemap.header("Cache-Control"));
        try (var in = MapBrowserTest.class.getResourceAsStream("/eu/innco/web/map/countries-50m.json")) {
            assertEquals(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), basemap.body(), "the file in the jar, unchanged");
        }
        @SuppressWarnings("unchecked")
        List<String> asked = (List<String>) js("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertTrue(asked.stream().anyMatch(u -> u.endsWith(address)), asked.toString());
        assertTrue(asked.stream().anyMatch(u -> u.contains("/.rest/delivery/organisations?format=geojson")), asked.toString());
        assertEquals(List.of(), asked.stream().filter(u -> !u.startsWith(base + "/")).toList(), "every request goes to this site");
    }

    @Test
    void members_are_in_the_geojson_with_the_role_member_and_nothing_else_about_them() {
        var fc = http.get("/.rest/delivery/organisations?format=geojson&lang=en&role=member").json();
        assertEquals(MEMBERS, fc.path("features").size());
        java.util.Set<String> allowed = java.util.Set.of("name", "kind", "role", "country", "city", "url");
        for (var f : fc.path("features")) {
            assertEquals("member", f.path("properties").path("role").asText());
            f.path("properties").fieldNames().forEachRemaining(k -> assertTrue(allowed.contains(k), "public property " + k));
        }
    }

    @Test
    void the_list_pages_through_every_organisation_and_bad_filter_values_are_ignored() {
        String first = PortalSite.html(http, "/en/map").body();
        long total = http.get("/.rest/delivery/organisations?format=geojson&lang=en&otherLanguages=include").json().path("features").size();
        assertTrue(first.contains(">" + String.format(java.util.Locale.ENGLISH, "%,d", total) + " organisations"), "the count of everything found");
        String second = PortalSite.html(http, "/en/map?page=2").body();
        assertTrue(second.contains("<ol id=\"map-list\" class=\"org-list\" start=\"101\">"), "page 2 numbers on");
        assertEquals(MapPage.PAGE, second.split("<li data-lat=").length - 1);
        String bad = PortalSite.html(http, "/en/map?country=%22%3E%3Cx%3E&kind=nope&sector=C").body();
        assertTrue(bad.contains("data-geojson=\"/.rest/delivery/organisations?format=geojson&amp;lang=en&amp;otherLanguages=include&amp;sectors=C\""),
                "only options reach the GeoJSON address");
        assertTrue(!bad.contains("<x>"), "nothing of the bad value is written back");
    }
}
