package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.exchange.initiatives.InitiativeFields;
import eu.innco.network.ApplicationFields;
import eu.innco.network.Member;
import eu.innco.repository.NodeTypes;
import eu.innco.security.Actor;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.browser.Browser;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exchange's pages (initiatives, writing to a member, answering, reporting) through the Nu Html
 * Checker and axe-core, and a member at 360 px expressing interest in an initiative in a real browser.
 */
class ExchangePagesChecksTest {
    static final String PASSWORD = "Λευκωσία-Liège-2026!";
    static InncoServer server;
    static Member be;
    static Member cy;
    static String id;
    static String name;
    static String replyToken;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of());
        be = member("Coopérative Les Tisserands", "BE", "Liège", "fr", "tisserands@example.be");
        cy = member("Συνεταιρισμός Λευκωσίας", "CY", "Λευκωσία", "el", "lefkosia@example.cy");
        var c = server.services().collaboration;
        id = c.initiatives.propose(be, new InitiativeFields("Ateliers de réparation partagés",
                "Ouvrir des ateliers de réparation partagés entre coopératives, pour que les appareils durent plus longtemps.",
                "Des emplois d’insertion dans la réparation et moins de déchets électroniques.", List.of("association"), List.of("training"),
                List.of("BE", "CY"), "2027-01-15", "2027-12-31"), "fr");
        name = c.initiatives.json(id).path("name").asText();
        String reported = c.initiatives.propose(be, new InitiativeFields("Une initiative signalée", "Un but assez long pour être valable ici.",
                "Un impact assez long pour être valable ici.", List.of(), List.of("legal"), List.of(), "", ""), "fr");
        c.abuse.report("initiative", reported, "Publicité déguisée <b>sans</b> rapport.");
        server.services().users.create("editor-be", PASSWORD, java.util.Set.of(eu.innco.security.Role.EDITOR), be.organisation(), java.util.Set.of(), false);
        c.contact.send(be, cy.organisation(), "Bonjour, parlons de vos ateliers de réparation.", "", "http://localhost");
        // without SMTP the mail waits in the outbox: the reply link is read from there
        replyToken = server.services().repository.read(s -> {
            for (var it = s.getNode("/" + NodeTypes.SYSTEM_ROOT + "/outbox").getNodes(); it.hasNext(); ) {
                var m = java.util.regex.Pattern.compile("/contact/reply\\?t=(\\S+)").matcher(it.nextNode().getProperty("text").getString());
                if (m.find()) return m.group(1);
            }
            throw new AssertionError("no reply link in the outbox");
        });
    }

    static Member member(String org, String country, String city, String locale, String email) {
        var net = server.services().network;
        ApplicationFields f = new ApplicationFields(org, "cooperative", country, city, 50.0, 5.0, List.of("Q"), List.of(locale),
                "Une coopérative qui répare, forme et emploie des personnes éloignées de l’emploi.", "", "Contact " + org, email);
        String app = net.joining.apply(f, Optional.empty(), locale, "2026-12-06", "http://localhost/" + locale + "/join/confirm?t=");
        net.moderation.approve(Actor.SYSTEM, app, "http://localhost/" + locale + "/account/password?t=");
        Member m = net.accounts.memberByEmail(email).orElseThrow();
        server.services().users.setPassword(m.username(), PASSWORD);
        return m;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> publicPages() {
        return List.of("/en/initiatives", "/el/initiatives?status=open", "/el/initiatives/" + name, "/pl/report?kind=initiative&id=" + id,
                "/el/contact/reply?t=" + replyToken, "/de/contact/reply?t=no.such-link-at-all-here-really");
    }

    @Test
    void the_nu_html_checker_finds_no_error_on_the_exchange_pages() throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (HtmlChecker checker = new HtmlChecker()) {
            HttpClient anyone = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            for (String p : publicPages()) check(checker, found, p, get(anyone, p));
            String reply = get(anyone, "/el/contact/reply?t=" + replyToken);
            check(checker, found, "reply with errors", post(anyone, "/el/contact/reply", "_csrf", hidden(reply, "_csrf"), "_stamp",
                    hidden(reply, "_stamp"), "t", replyToken, "text", "<b>όχι</b>"));
            HttpClient member = signIn("el", "lefkosia@example.cy");
            String page = get(member, "/el/initiatives/" + name);
            check(checker, found, "initiative signed in", page);
            check(checker, found, "interest with errors", post(member, "/el/initiatives/" + name + "/interest", "_csrf", hidden(page, "_csrf"), "message", "abc"));
            check(checker, found, "contact form", get(member, "/el/contact/" + be.organisation() + "?about=" + id));
            String mine = get(member, "/el/account/initiatives");
            check(checker, found, "own initiatives", mine);
            check(checker, found, "proposal with errors", post(member, "/el/account/initiatives", "_csrf", hidden(mine, "_csrf"), "title", "x"));
            check(checker, found, "contact with errors", post(member, "/el/contact/" + be.organisation(), "_csrf", hidden(mine, "_csrf"), "text", "<i>x</i>"));
            HttpClient proposer = signIn("fr", "tisserands@example.be");
            check(checker, found, "managing an initiative", get(proposer, "/fr/account/initiatives/" + id));
            check(checker, found, "account with the initiatives link", get(proposer, "/fr/account"));
            HttpClient editor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String login = get(editor, "/editor/login");
            post(editor, "/editor/login", "_csrf", hidden(login, "_csrf"), "username", "editor-be", "password", PASSWORD, "next", "/editor");
            String queue = get(editor, "/editor/abuse");
            assertTrue(queue.contains("Une initiative signalée") && queue.contains("Publicité déguisée &lt;b&gt;"), queue);
            check(checker, found, "editor abuse queue", queue);
            check(checker, found, "editor done initiatives", get(editor, "/editor/initiatives"));
        }
        assertEquals(Map.of(), found);
    }

    @Test
    void a_member_expresses_interest_at_360_px_and_axe_core_finds_nothing_serious_on_the_way() throws Exception {
        WebDriver b = Browser.start();
        try {
            String axe = PortalChecksTest.axeSource();
            String base = server.uri().toString().replaceAll("/$", "");
            Map<String, List<String>> found = new LinkedHashMap<>();
            for (int width : List.of(1440, 360)) {
                b.manage().window().setSize(new Dimension(width, 900));
                for (String p : publicPages()) axe(b, axe, found, base + p, p + " @" + width);
            }
            b.get(base + "/el/account/login");
            b.findElement(By.id("email")).sendKeys("lefkosia@example.cy");
            b.findElement(By.id("password")).sendKeys(PASSWORD);
            b.findElement(By.cssSelector("form.account button[type=submit]")).click();
            new WebDriverWait(b, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().endsWith("/el/account"));
            b.get(base + "/el/initiatives");
            b.findElement(By.linkText("Ateliers de réparation partagés")).click();
            new WebDriverWait(b, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().endsWith("/el/initiatives/" + name));
            assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) b).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "nothing wider than 360 px");
            b.findElement(By.id("message")).sendKeys("abc");
            b.findElement(By.cssSelector("section form button[type=submit]")).click();
            String error = new WebDriverWait(b, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.id("message-error"))).getText();
            assertTrue(error.contains("Γράψτε από 10 έως"), error);
            axe(b, axe, found, null, "interest with errors @360");
            b.findElement(By.id("message")).clear();
            b.findElement(By.id("message")).sendKeys("Θα θέλαμε να συμμετάσχουμε με δύο εκπαιδευτές επισκευών.");
            b.findElement(By.cssSelector("section form button[type=submit]")).click();
            String notice = new WebDriverWait(b, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.cssSelector("p.notice"))).getText();
            assertTrue(notice.contains("Το ενδιαφέρον σας στάλθηκε"), notice);
            axe(b, axe, found, null, "interest sent @360");
            Browser.screenshot(b, "exchange-interest", 360);
            b.get(base + "/el/account/initiatives");
            axe(b, axe, found, null, "own initiatives @360");
            b.get(base + "/el/contact/" + be.organisation());
            axe(b, axe, found, null, "contact form @360");
            assertEquals(Map.of(), found);
            assertEquals(1, server.services().collaboration.partners.received(be, id).size());
        } finally {
            b.quit();
        }
    }

    private static void axe(WebDriver b, String axe, Map<String, List<String>> found, String url, String label) {
        if (url != null) b.get(url);
        List<String> v = PortalChecksTest.violations(b, axe);
        if (!v.isEmpty()) found.put(label, v);
    }

    private static void check(HtmlChecker checker, Map<String, List<String>> found, String label, String html) throws Exception {
        List<String> errors = checker.errors(html);
        if (!errors.isEmpty()) found.put(label, errors);
    }

    private static HttpClient signIn(String locale, String email) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = get(http, "/" + locale + "/account/login");
        post(http, "/" + locale + "/account/login", "_csrf", hidden(login, "_csrf"), "_stamp", hidden(login, "_stamp"), "email", email, "password", PASSWORD);
        return http;
    }

    private static String hidden(String html, String field) {
        var m = java.util.regex.Pattern.compile("name=\"" + field + "\" value=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static String get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String post(HttpClient http, String path, String... namesAndValues) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(namesAndValues[i]).append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
