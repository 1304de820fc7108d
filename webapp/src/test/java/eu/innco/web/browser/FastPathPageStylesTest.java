package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A portal page answered in front of Jersey (a plain item address: rendered by the fast path, then
 * served from the page cache) is shown as the site means it: its stylesheet loads and applies under
 * the policy the fast path sends, and the browser refuses nothing.
 */
class FastPathPageStylesTest {
    static InncoServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start("fr");
        server = TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void a_fast_path_page_has_its_stylesheet_applied_and_nothing_refused() {
        String origin = server.uri().toString().replaceAll("/$", "");
        ((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspRefusals = []; document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.cspRefusals.push(e.violatedDirective + ' ' + e.blockedURI); });"));
        for (int visit = 0; visit < 2; visit++) { // the first visit renders it in front of Jersey, the second reads the page cache
            browser.get(origin + "/fr/case-studies/cuisine-partagee-lyon");
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> "complete".equals(js("return document.readyState;")));
            // a stylesheet the policy refused is in the list but has no readable rules
            Object rules = js("var n = 0; for (var s of document.styleSheets) { if (s.href && s.href.indexOf('portal.css') >= 0)"
                    + " { try { n += s.cssRules.length; } catch (e) {} } } return n;");
            assertTrue(((Number) rules).intValue() > 10, "portal.css loaded with its rules: " + rules);
            // the site's stylesheet sets the body's font; a page without it shows the browser's default serif
            String font = (String) js("return getComputedStyle(document.body).fontFamily;");
            assertTrue(font.startsWith("system-ui"), font);
            assertEquals(List.of(), js("return window.cspRefusals;"), "the page's policy refuses nothing the page uses");
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
