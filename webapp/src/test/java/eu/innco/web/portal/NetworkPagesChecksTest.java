package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.network.ApplicationFields;
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

/** The network's join and account pages through the Nu Html Checker and axe-core (in a real browser, also at 360 px). */
class NetworkPagesChecksTest {
    static final String EMAIL = "kontakt@example.org";
    static final String PASSWORD = "Spółdzielnia-2026!";
    static final List<String> PAGES = List.of("/pl/join", "/en/join/terms", "/el/join/sent", "/fr/join/confirm?t=not-a-link",
            "/pl/account/login", "/it/account/password?t=m-0.not-a-link-at-all-really", "/de/join/changes?t=nothing.nothing-nothing-nothing");
    static InncoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_JOIN_MIN_FILL_SECONDS", "0"));
        var net = server.services().network;
        ApplicationFields f = new ApplicationFields("Spółdzielnia Socjalna Kontakt", "cooperative", "PL", "Poznań", 52.4064, 16.9252,
                List.of("I", "Q"), List.of("pl", "de"), "Spółdzielnia prowadzi kawiarnię i zatrudnia osoby wykluczone.", "https://kontakt.example.pl",
                "Marek Nowicki", EMAIL);
        String id = net.joining.apply(f, Optional.empty(), "pl", "2026-12-06", "http://localhost/pl/join/confirm?t=");
        net.moderation.approve(Actor.SYSTEM, id, "http://localhost/pl/account/password?t=");
        server.services().users.setPassword(net.accounts.memberByEmail(EMAIL).orElseThrow().username(), PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_nu_html_checker_finds_no_error_on_the_join_and_account_pages() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (HtmlChecker checker = new HtmlChecker()) {
            for (String p : PAGES) check(checker, found, p, get(http, p));
            String form = get(http, "/de/join");
            String invalid = post(http, "/de/join", "multipart", Map.of("_csrf", hidden(form, "_csrf"), "_stamp", hidden(form, "_stamp"), "name", "X"));
            check(checker, found, "/de/join with errors", invalid);
            String login = get(http, "/pl/account/login");
            post(http, "/pl/account/login", "form", Map.of("_csrf", hidden(login, "_csrf"), "_stamp", hidden(login, "_stamp"), "email", EMAIL, "password", PASSWORD));
            String account = get(http, "/pl/account");
            check(checker, found, "/pl/account", account);
        }
        assertEquals(Map.of(), found);
    }

    @Test
    void axe_core_finds_no_serious_or_critical_violation_on_the_join_and_account_pages_at_360_px() throws Exception {
        WebDriver b = Browser.start();
        try {
            String axe = PortalChecksTest.axeSource();
            String base = server.uri().toString().replaceAll("/$", "");
            Map<String, List<String>> found = new LinkedHashMap<>();
            for (int width : List.of(1440, 360)) {
                b.manage().window().setSize(new Dimension(width, 900));
                for (String p : PAGES) {
                    b.get(base + p);
                    List<String> v = PortalChecksTest.violations(b, axe);
                    if (!v.isEmpty()) found.put(p + " @" + width, v);
                }
            }
            b.get(base + "/de/join");
            b.findElement(By.cssSelector("form.join-form button[type=submit]")).click();
            List<String> v = PortalChecksTest.violations(b, axe);
            if (!v.isEmpty()) found.put("/de/join with errors", v);
            b.get(base + "/pl/account/login");
            b.findElement(By.id("email")).sendKeys(EMAIL);
            b.findElement(By.id("password")).sendKeys(PASSWORD);
            b.findElement(By.cssSelector("form.account button[type=submit]")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(b, java.time.Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().endsWith("/pl/account"));
            v = PortalChecksTest.violations(b, axe);
            if (!v.isEmpty()) found.put("/pl/account", v);
            assertEquals(Map.of(), found);
        } finally {
            b.quit();
        }
    }

    private static void check(HtmlChecker checker, Map<String, List<String>> found, String name, String html) throws Exception {
        List<String> errors = checker.errors(html);
        if (!errors.isEmpty()) found.put(name, errors);
    }

    private static String hidden(String html, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static String get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String post(HttpClient http, String path, String kind, Map<String, String> fields) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(server.uri().resolve(path));
        StringBuilder body = new StringBuilder();
        if (kind.equals("form")) {
            fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            r.header("Content-Type", "application/x-www-form-urlencoded");
        } else {
            fields.forEach((k, v) -> body.append("--b0undary\r\nContent-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
            body.append("--b0undary--\r\n");
            r.header("Content-Type", "multipart/form-data; boundary=b0undary");
        }
        return http.send(r.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
