package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.browser.Browser;
import eu.innco.web.editor.RepositoryText;
import eu.innco.web.network.Mails;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15's promise, from a real browser: a visitor reads every kind of public page and sends every
 * public form a person without an account can send (the check-up, the newsletter sign-up and its
 * confirmation, the join form and its confirmation, a sign-in that fails, an abuse report), and the
 * browser holds no cookie afterwards; the repository holds neither the browser's address nor its
 * user agent.
 */
class NoCookieBrowserTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static InncoServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true", "INNCO_SMTP_HOST", "127.0.0.1",
                "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()), "INNCO_SMTP_STARTTLS", "false",
                "INNCO_SMTP_FROM", "news@inn-co.example", "INNCO_JOIN_MIN_FILL_SECONDS", "1", "INNCO_ABUSE_TYPES", "caseStudy"));
        base = PortalSite.base(server);
        browser = Browser.start("fr");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void a_visitor_reads_every_kind_of_page_and_sends_every_public_form_and_keeps_no_cookie_and_leaves_no_address() throws Exception {
        browser.manage().deleteAllCookies();
        for (String page : PortalSite.ORDER) browser.get(base + PortalSite.PAGE_TYPES.get(page));
        for (String page : List.of("/fr/exchange", "/fr/initiatives", "/fr/check-up/barometer", "/fr/join/terms", "/fr/newsletter",
                "/fr/join", "/fr/account/login", "/fr/feeds/case-studies.atom", "/sitemap.xml")) {
            browser.get(base + page);
        }
        checkup();
        signUp();
        join();
        browser.get(base + "/fr/account/login");
        browser.findElement(By.id("email")).sendKeys("personne@example.org");
        browser.findElement(By.id("password")).sendKeys("pas-le-bon-mot-de-passe");
        browser.findElement(By.cssSelector("form.account button[type=submit]")).click();
        waitFor(d -> d.getPageSource().contains("n’est pas correct"));
        report();

        assertEquals(java.util.Set.of(), browser.manage().getCookies(), "no public page or form leaves a cookie");
        Object all = ((ChromeDriver) browser).executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
        assertEquals(List.of(), all, "none for any site either");
        String agent = (String) ((JavascriptExecutor) browser).executeScript("return navigator.userAgent;");
        String stored = RepositoryText.all(server.services().repository);
        assertTrue(stored.contains("claire.martin@example.org"), "(the check reads what the forms stored)");
        assertFalse(stored.contains(agent) || stored.contains("HeadlessChrome"), "no user agent in the repository");
        for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1")) assertFalse(stored.contains(address), "no address " + address);
    }

    private static void checkup() {
        browser.get(base + "/fr/check-up");
        browser.findElement(By.id("group-name")).sendKeys("Coopérative du Vieux-Port");
        browser.findElement(By.cssSelector("form.checkup-form button[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().contains("/fr/check-up/o/"));
        String participants = URI.create(browser.findElement(By.id("participant-link")).getAttribute("value")).getPath();
        browser.get(base + participants);
        browser.findElement(By.cssSelector("form.checkup-answers input[type=radio]")).click();
        browser.findElement(By.id("send")).click();
        waitFor(d -> d.getCurrentUrl().contains("saved=1"));
    }

    private static void signUp() throws Exception {
        browser.get(base + "/fr/newsletter");
        browser.findElement(By.id("email")).sendKeys("lea.dupont@example.org");
        browser.findElement(By.id("topic-events")).click();
        browser.findElement(By.id("consent")).click();
        Thread.sleep(1100); // the form's minimum fill time
        browser.findElement(By.cssSelector("form.newsletter-form button[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/fr/newsletter/sent"));
        String confirm = Mails.link(Mails.to(smtp, "lea.dupont@example.org"));
        browser.get(base + confirm.substring(confirm.indexOf("/fr/")));
        assertEquals("Abonnement confirmé", browser.findElement(By.tagName("h1")).getText());
    }

    private static void join() throws Exception {
        browser.get(base + "/fr/join");
        browser.findElement(By.id("name")).sendKeys("Coopérative des Calanques");
        new Select(browser.findElement(By.id("kind"))).selectByValue("association");
        new Select(browser.findElement(By.id("country"))).selectByValue("FR");
        browser.findElement(By.id("city")).sendKeys("Marseille");
        browser.findElement(By.id("lat")).sendKeys("43.2965");
        browser.findElement(By.id("lon")).sendKeys("5.3698");
        browser.findElement(By.id("sector-Q")).click();
        browser.findElement(By.id("language-fr")).click();
        browser.findElement(By.id("description")).sendKeys("Une coopérative qui accompagne les petites entreprises solidaires du littoral.");
        browser.findElement(By.id("contactName")).sendKeys("Claire Martin");
        browser.findElement(By.id("contactEmail")).sendKeys("claire.martin@example.org");
        browser.findElement(By.id("terms")).click();
        Thread.sleep(1100);
        browser.findElement(By.cssSelector("form.join-form button[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/fr/join/sent"));
        String confirm = Mails.link(Mails.to(smtp, "claire.martin@example.org"));
        browser.get(base + confirm.substring(confirm.indexOf("/fr/")));
        assertEquals("Votre adresse électronique est confirmée", browser.findElement(By.tagName("h1")).getText());
    }

    private static void report() throws Exception {
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/.rest/delivery/caseStudies?lang=fr&limit=1"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String id = new ObjectMapper().readTree(list.body()).path("results").get(0).path("@id").asText();
        browser.get(base + "/fr/report?kind=caseStudy&id=" + id);
        browser.findElement(By.id("reason")).sendKeys("Ce texte renvoie vers une arnaque.");
        browser.findElement(By.cssSelector("form.account button[type=submit]")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Merci, c’est masqué"));
    }

    private static void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }
}
