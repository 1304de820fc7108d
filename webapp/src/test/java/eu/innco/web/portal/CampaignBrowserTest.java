package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.browser.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: a visitor reads the campaign page and follows a share link, and no public page leaves
 * a cookie in the browser; an editor opens the reach dashboards. axe-core finds no serious or
 * critical violation on the campaign page and the dashboards, the Nu checker no error.
 */
class CampaignBrowserTest {
    static final String CAMPAIGN = "bb14f1c1-9de0-493f-8d25-2e49fdbbd499";
    static InncoServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        base = PortalSite.base(server);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void a_visitor_follows_a_share_link_to_the_campaign_page_and_keeps_no_cookie() throws Exception {
        String link = shareLinkAsAdmin();
        browser.manage().deleteAllCookies();
        for (String page : List.of("/fr/", "/fr/campaigns/mieux-travailler-ensemble", "/pl/campaigns/lepiej-wspolpracowac",
                "/fr/case-studies/cuisine-partagee-lyon", "/fr/guide", "/fr/search?q=cuisine")) {
            browser.get(base + page);
        }
        browser.get(link);
        assertTrue(browser.getCurrentUrl().startsWith(base + "/"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 5, "the share link led to a page");
        assertEquals(java.util.Set.of(), browser.manage().getCookies(), "no public page sets a cookie");
    }

    @Test
    void axe_core_and_the_nu_checker_find_nothing_on_the_campaign_page_and_the_dashboards() throws Exception {
        String axe = PortalChecksTest.axeSource();
        browser.get(base + "/fr/campaigns/mieux-travailler-ensemble");
        assertEquals(List.of(), PortalChecksTest.violations(browser, axe), "campaign page");
        // a feed and an API read by a person, so that the overview has its table of reads by language
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String read : List.of("/fr/feeds/case-studies.atom", "/.rest/delivery/caseStudies?lang=pl")) {
            http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + read))
                    .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0").build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        }
        signInAsAdmin();
        Map<String, String> pages = Map.of("overview", "/editor/campaigns", "campaign", "/editor/campaigns/" + CAMPAIGN);
        try (HtmlChecker checker = new HtmlChecker()) {
            for (Map.Entry<String, String> p : pages.entrySet()) {
                browser.get(base + p.getValue());
                assertTrue(browser.getPageSource().contains("<svg"), p.getKey() + " has its charts");
                if (p.getKey().equals("overview")) assertTrue(browser.getPageSource().contains("reads-by-language"), "feed and API reads by language");
                assertEquals(List.of(), PortalChecksTest.violations(browser, axe), p.getKey() + " (axe-core)");
                assertEquals(List.of(), checker.errors(asEditor(p.getValue())), p.getKey() + " (Nu)");
            }
        }
    }

    @Test
    void screenshots_of_the_campaign_page_and_its_dashboard_with_some_visits() throws Exception {
        String link = shareLinkAsAdmin();
        String person = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String[][] visits = {{"/fr/campaigns/mieux-travailler-ensemble", "https://www.facebook.com/"}, {"/pl/campaigns/lepiej-wspolpracowac", ""},
                {"/en/campaigns/work-better-together", "https://www.linkedin.com/feed/"}, {link.substring(base.length()), "https://t.co/x"}};
        for (int i = 0; i < visits.length; i++) {
            for (int n = 0; n <= i + 1; n++) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + visits[i][0])).header("User-Agent", person);
                if (!visits[i][1].isEmpty()) b.header("Referer", visits[i][1]);
                client.send(b.build(), HttpResponse.BodyHandlers.discarding());
            }
        }
        browser.get(base + "/editor/campaigns/" + CAMPAIGN);
        java.nio.file.Path dashboard = Browser.screenshot(browser, "editor-campaign-reach-1440", 1440);
        browser.get(base + "/fr/campaigns/mieux-travailler-ensemble");
        Browser.screenshot(browser, "portal-campaign-1440", 1440);
        Browser.screenshot(browser, "portal-campaign-360", 360);
        // the file this run wrote, not the README's copy in git, which is there whatever the test does
        assertTrue(java.nio.file.Files.size(dashboard) > 10_000, dashboard.toString());
    }

    private static String shareLinkAsAdmin() {
        signInAsAdmin();
        browser.get(base + "/editor/campaigns/" + CAMPAIGN);
        return browser.findElement(By.cssSelector("code.share-link")).getText();
    }

    private static void signInAsAdmin() {
        browser.manage().deleteAllCookies();
        browser.get(base + "/editor/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TestServer.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.getCurrentUrl().contains("/editor/login"));
    }

    /** The page's HTML as the server sends it to the signed-in browser (its session cookie). */
    private static String asEditor(String path) throws Exception {
        Cookie session = browser.manage().getCookieNamed("INNCO_EDITOR");
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", "INNCO_EDITOR=" + session.getValue()).build();
        HttpResponse<String> res = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), path);
        return res.body();
    }
}
