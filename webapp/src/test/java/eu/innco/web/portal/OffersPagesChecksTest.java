package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.browser.Browser;
import eu.innco.web.exchange.ExchangeClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The exchange's pages through the Nu Html Checker and axe-core, and an Italian member posting an offer and expressing interest in an initiative in a 360 px browser. */
class OffersPagesChecksTest {
    static final String LATER = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
    static InncoServer server;
    static ExchangeClient french;
    static String offer;
    static String need;
    static String initiative;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_JOIN_MIN_FILL_SECONDS", "0", "INNCO_SCHEDULER", "false"));
        french = ExchangeClient.member(server, "Atelier Solidaire de Lille", "FR", "Lille", 50.6292, 3.0573, "fr", List.of("C"),
                List.of("fr", "it"), "atelier@example.org");
        ExchangeClient polish = ExchangeClient.member(server, "Fundacja Pomocna Dłoń", "PL", "Kraków", 50.0647, 19.945, "pl", List.of("C"),
                List.of("pl", "it"), "dlon@example.org");
        offer = ExchangeClient.idOf(french.form("/fr/account/exchange/new", ExchangeClient.posting(french.csrf("fr"), "offer",
                "Machines à coudre à prêter", "Six machines, prêtées pour un mois.\nÀ venir chercher à Lille.", "equipment", List.of("C"),
                List.of("FR", "PL"), false, List.of("fr", "it"), LATER)));
        need = ExchangeClient.idOf(polish.form("/pl/account/exchange/new", ExchangeClient.posting(polish.csrf("pl"), "need",
                "Maszyny do szycia na warsztaty", "Potrzebujemy maszyn na miesiąc.", "equipment", List.of("C"), List.of("PL"), false,
                List.of("pl", "it"), LATER)));
        ExchangeClient.member(server, "Cooperativa Tessile Torino", "IT", "Torino", 45.0703, 7.6869, "it", List.of("C"),
                List.of("it", "fr"), "tessile@example.org");
        var lille = server.services().network.accounts.memberByEmail("atelier@example.org").orElseThrow();
        initiative = server.services().collaboration.initiatives.json(server.services().collaboration.initiatives.propose(lille,
                new eu.innco.exchange.initiatives.InitiativeFields("Ateliers de couture partagés",
                        "Ouvrir nos ateliers de couture à d’autres associations, une semaine sur deux.",
                        "Des personnes formées à la couture et des vêtements réparés plutôt que jetés.", List.of("association"),
                        List.of("training"), List.of("FR", "IT"), "2027-02-01", "2027-11-30"), "fr")).path("name").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> pages() {
        return List.of("/fr/exchange", "/el/exchange?kind=need&category=equipment", "/it/exchange?q=macchine", "/pl/exchange/needs/" + need,
                "/it/exchange/offers/" + offer, "/de/exchange/offers/00000000-0000-0000-0000-000000000000",
                "/en/exchange/digest/unsubscribe?t=m-0.not-a-link-at-all-really", "/it/initiatives/" + initiative);
    }

    @Test
    void the_nu_html_checker_finds_no_error_on_the_exchange_pages() throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (HtmlChecker checker = new HtmlChecker()) {
            for (String p : pages()) check(checker, found, p, new ExchangeClient(server.uri()).get(p).body());
            check(checker, found, "/fr/account/exchange", french.get("/fr/account/exchange").body());
            check(checker, found, "/fr/account/exchange/offers/" + offer, french.get("/fr/account/exchange/offers/" + offer).body());
            check(checker, found, "/fr/account/exchange/new with errors", french.form("/fr/account/exchange/new",
                    ExchangeClient.posting(french.csrf("fr"), null, "", "", "", List.of(), List.of(), false, List.of(), "")).body());
        }
        assertEquals(Map.of(), found);
    }

    @Test
    void an_italian_member_posts_an_offer_at_360_px_and_axe_core_finds_nothing_serious_on_the_exchange_pages() throws Exception {
        WebDriver b = Browser.start();
        try {
            String axe = PortalChecksTest.axeSource();
            String base = server.uri().toString().replaceAll("/$", "");
            Map<String, List<String>> found = new LinkedHashMap<>();
            b.manage().window().setSize(new Dimension(360, 800));
            for (String p : pages()) {
                b.get(base + p);
                List<String> v = PortalChecksTest.violations(b, axe);
                if (!v.isEmpty()) found.put(p, v);
            }
            b.get(base + "/it/account/login");
            b.findElement(By.id("email")).sendKeys("tessile@example.org");
            b.findElement(By.id("password")).sendKeys(ExchangeClient.PASSWORD);
            b.findElement(By.cssSelector("form.account button[type=submit]")).click();
            new WebDriverWait(b, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().endsWith("/it/account"));
            b.findElement(By.cssSelector("a[href='/it/account/exchange']")).click();
            new WebDriverWait(b, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().endsWith("/it/account/exchange"));
            // the browser's own checks would stop an empty form; the server's messages are what is tested here
            ((JavascriptExecutor) b).executeScript("document.querySelector('form.join-form').noValidate = true");
            b.findElement(By.cssSelector("form.join-form button[type=submit]")).click();
            WebElement titleError = new WebDriverWait(b, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.id("title-error")).stream().findFirst().orElse(null));
            assertTrue(titleError.getText().contains("Scrivi un titolo"), "messages beside the fields, in Italian");
            List<String> v = PortalChecksTest.violations(b, axe);
            if (!v.isEmpty()) found.put("/it/account/exchange with errors", v);
            click(b, "kind-offer");
            b.findElement(By.id("title")).sendKeys("Tessitura a mano: corsi per gruppi");
            b.findElement(By.id("description")).sendKeys("Insegniamo la tessitura a mano a gruppi di dieci persone.");
            new Select(b.findElement(By.id("category"))).selectByValue("training");
            click(b, "sector-C");
            click(b, "country-IT");
            click(b, "country-FR");
            click(b, "language-fr");
            ((JavascriptExecutor) b).executeScript("arguments[0].value = arguments[1]", b.findElement(By.id("validUntil")), LATER);
            b.findElement(By.cssSelector("form.join-form button[type=submit]")).click();
            new WebDriverWait(b, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().contains("/it/exchange/offers/"));
            assertEquals("Tessitura a mano: corsi per gruppi", b.findElement(By.tagName("h1")).getText());
            Long overflow = (Long) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertTrue(overflow <= 0, "nothing wider than 360 px: " + overflow);
            v = PortalChecksTest.violations(b, axe);
            if (!v.isEmpty()) found.put("the new offer", v);
            b.get(base + "/it/account/exchange");
            v = PortalChecksTest.violations(b, axe);
            if (!v.isEmpty()) found.put("/it/account/exchange", v);
            assertTrue(b.getPageSource().contains("Tessitura a mano"));

            // the same Italian member, still at 360 px, expresses interest in a French initiative
            b.get(base + "/it/initiatives");
            b.findElement(By.linkText("Ateliers de couture partagés")).click();
            new WebDriverWait(b, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().endsWith("/it/initiatives/" + initiative));
            b.findElement(By.id("message")).sendKeys("Possiamo insegnare la tessitura a mano a due gruppi, in italiano o in francese.");
            b.findElement(By.cssSelector("section form button[type=submit]")).click();
            String notice = new WebDriverWait(b, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.cssSelector("p.notice"))).getText();
            assertTrue(notice.contains("Il tuo interesse è stato inviato"), notice);
            overflow = (Long) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertTrue(overflow <= 0, "nothing wider than 360 px on the initiative: " + overflow);
            v = PortalChecksTest.violations(b, axe);
            if (!v.isEmpty()) found.put("interest sent", v);
            assertEquals(Map.of(), found);
        } finally {
            b.quit();
        }
    }

    private static void click(WebDriver b, String id) {
        WebElement e = b.findElement(By.id(id));
        ((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        b.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private static void check(HtmlChecker checker, Map<String, List<String>> found, String name, String html) throws Exception {
        List<String> errors = checker.errors(html);
        if (!errors.isEmpty()) found.put(name, errors);
    }
}
