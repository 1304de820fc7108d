package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.browser.Browser;
import eu.innco.web.network.Mails;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person signs up for newsletters in a real browser (Italian), confirms through the mail the
 * test's SMTP server received, opens their own page and unsubscribes; an editor composes an issue
 * from the INN-CO campaign. axe-core (at 1440 and 360 px) and the Nu Html Checker find nothing on
 * the sign-up pages, the subscriber's pages and the editor's newsletter pages.
 */
class NewsletterBrowserTest {
    static final String CAMPAIGN = CampaignBrowserTest.CAMPAIGN;
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static InncoServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true", "INNCO_SMTP_HOST", "127.0.0.1",
                "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()), "INNCO_SMTP_STARTTLS", "false",
                "INNCO_SMTP_FROM", "news@inn-co.example", "INNCO_JOIN_MIN_FILL_SECONDS", "1"));
        base = PortalSite.base(server);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void a_person_signs_up_confirms_and_unsubscribes_and_every_page_passes_axe_and_the_nu_checker() throws Exception {
        String axe = PortalChecksTest.axeSource();
        Map<String, List<String>> found = new LinkedHashMap<>();
        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(base + "/it/");
        browser.findElement(By.cssSelector("footer a[href='/it/newsletter']")).click();
        axe(found, "sign-up", axe);
        Thread.sleep(1100); // the form's minimum fill time
        browser.findElement(By.cssSelector("form.newsletter-form button[type=submit]")).click();
        // the click does not wait for the answer page: wait for the summary (CI read the old page once)
        Boolean shown = new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getPageSource().contains("error-summary"));
        assertTrue(shown, "sent empty: the reasons are shown");
        axe(found, "sign-up with errors", axe);
        Thread.sleep(1100);
        browser.findElement(By.id("email")).sendKeys("lucia@example.org");
        browser.findElement(By.id("topic-events")).click();
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.cssSelector("form.newsletter-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().endsWith("/it/newsletter/sent"));
        axe(found, "sent", axe);
        String confirm = Mails.link(Mails.to(smtp, "lucia@example.org"));
        browser.get(base + confirm.substring(confirm.indexOf("/it/")));
        assertEquals("Iscrizione confermata", browser.findElement(By.tagName("h1")).getText());
        axe(found, "confirmed", axe);

        String token = server.services().newsletter.subscriptions.ownToken(idOf(confirm));
        List<String> pages = List.of("/it/newsletter", "/it/newsletter/sent", "/el/newsletter/confirm?t=not-a-link", "/it/newsletter/manage?t=" + token,
                "/it/newsletter/unsubscribe?t=" + token);
        try (HtmlChecker checker = new HtmlChecker()) {
            for (String p : pages) {
                List<String> errors = checker.errors(get(p, null));
                if (!errors.isEmpty()) found.put(p + " (Nu)", errors);
            }
        }
        for (int width : List.of(1440, 360)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(base + "/it/newsletter/manage?t=" + token);
            axe(found, "manage @" + width, axe);
            browser.get(base + "/it/newsletter/unsubscribe?t=" + token);
            axe(found, "unsubscribe @" + width, axe);
        }
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        // the click does not wait for the next page: wait for its heading
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "Iscrizione annullata".equals(d.findElement(By.tagName("h1")).getText()));
        assertEquals("Iscrizione annullata", browser.findElement(By.tagName("h1")).getText());
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/it/newsletter/manage?t=" + token)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(Map.of(), found);
    }

    @Test
    void an_editor_composes_an_issue_from_the_campaign_and_its_pages_pass_axe_and_the_nu_checker() throws Exception {
        String axe = PortalChecksTest.axeSource();
        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.manage().deleteAllCookies();
        browser.get(base + "/editor/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TestServer.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.getCurrentUrl().contains("/editor/login"));
        browser.get(base + "/editor/campaigns/" + CAMPAIGN);
        browser.findElement(By.xpath("//form[@action='/editor/newsletters']//button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().matches(".*/editor/newsletters/[0-9a-f-]{36}$"));
        String issue = URI.create(browser.getCurrentUrl()).getPath();
        assertTrue(browser.findElement(By.id("subject_fr")).getAttribute("value").length() > 3, "the French subject is filled in");
        Map<String, List<String>> found = new LinkedHashMap<>();
        axe(found, "compose", axe);
        browser.get(base + "/editor/newsletters");
        axe(found, "list", axe);
        Cookie session = browser.manage().getCookieNamed("INNCO_EDITOR");
        try (HtmlChecker checker = new HtmlChecker()) {
            for (String p : List.of(issue, "/editor/newsletters", issue + "/preview/el")) {
                List<String> errors = checker.errors(get(p, "INNCO_EDITOR=" + session.getValue()));
                if (!errors.isEmpty()) found.put(p + " (Nu)", errors);
            }
        }
        assertEquals(Map.of(), found);
    }

    private static void axe(Map<String, List<String>> found, String name, String axe) {
        List<String> v = PortalChecksTest.violations(browser, axe);
        if (!v.isEmpty()) found.put(name, v);
    }

    /** The subscriber id in a confirmation link ({@code t=<id>.<secret>}). */
    private static String idOf(String link) {
        String t = link.substring(link.indexOf("t=") + 2);
        return t.substring(0, t.indexOf('.'));
    }

    private static String get(String path, String cookie) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) r.header("Cookie", cookie);
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
