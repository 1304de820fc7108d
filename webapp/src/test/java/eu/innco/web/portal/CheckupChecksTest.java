package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.browser.Browser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** Every check-up page through the Nu Html Checker and axe-core: start, organiser, questionnaire, results, comparison, closed, refused, deleted. */
class CheckupChecksTest {
    static InncoServer server;
    static Http http;
    /** Page name to its address (GET pages); the refused and deleted pages are bodies of posts. */
    static final Map<String, String> PAGES = new LinkedHashMap<>();
    static final Map<String, String> BODIES = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        http = new Http(server.uri());
        CheckupClient client = new CheckupClient(http);
        PAGES.put("start", "/fr/check-up");
        PAGES.put("barometer, empty", "/nl/check-up/barometer");
        String waiting = client.create("pl", "Grupa");
        PAGES.put("organiser, waiting", waiting);
        String organiser = client.create("el", "Ομάδα");
        String own = organiser.replace("?new=1", "");
        String participant = client.participantPath(organiser);
        PAGES.put("questionnaire", participant);
        String token = null;
        for (int p = 0; p < 3; p++) {
            CheckupClient.Form f = client.open(participant);
            Map<String, String> a = new LinkedHashMap<>();
            for (int i = 0; i < f.statements().size(); i++) a.put(f.statements().get(i), Integer.toString(1 + (i + p) % 5));
            client.send(participant, f.token(), 0, a);
            token = f.token();
        }
        http.send("POST", own + "/share", "share=yes", CheckupClient.FORM);
        String later = CheckupClient.path(http.send("POST", own + "/follow-up", "", CheckupClient.FORM).header("Location"));
        String laterParticipant = client.participantPath(later);
        for (int p = 0; p < 3; p++) {
            CheckupClient.Form f = client.open(laterParticipant);
            Map<String, String> a = new LinkedHashMap<>();
            for (int i = 0; i < f.statements().size(); i++) a.put(f.statements().get(i), Integer.toString(1 + (i * 2 + p) % 5));
            client.send(laterParticipant, f.token(), 0, a);
        }
        PAGES.put("follow-up with comparison", later.replace("/el/", "/de/"));
        PAGES.put("organiser, results", own);
        PAGES.put("participant's answers with results", participant + "/r/" + token);
        BODIES.put("refused answer", client.send(participant, token, 0, Map.of(client.open(participant).statements().get(0), "9"), "Accept", "text/html").body());
        BODIES.put("unknown link", http.get("/de/check-up/p/nothing-here", "Accept", "text/html").body());
        http.send("POST", own + "/close", "", CheckupClient.FORM);
        PAGES.put("closed", participant.replace("/el/", "/it/"));
        for (int g = 0; g < 5; g++) {
            String o = client.create("el", "");
            String p = client.participantPath(o);
            for (int k = 0; k < 3; k++) {
                CheckupClient.Form f = client.open(p);
                Map<String, String> a = new LinkedHashMap<>();
                for (int i = 0; i < f.statements().size(); i++) a.put(f.statements().get(i), Integer.toString(1 + (i + k + g) % 5));
                client.send(p, f.token(), 0, a);
            }
            http.send("POST", o.replace("?new=1", "") + "/barometer", "contribute=yes&country=CY", CheckupClient.FORM);
        }
        PAGES.put("barometer", "/el/check-up/barometer");
        String doomed = client.create("nl", "");
        BODIES.put("deleted", http.send("POST", doomed.replace("?new=1", "") + "/delete", "confirm=yes", CheckupClient.FORM).body());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void the_nu_html_checker_finds_no_error_on_any_check_up_page() throws Exception {
        try (HtmlChecker checker = new HtmlChecker()) {
            Map<String, List<String>> found = new LinkedHashMap<>();
            PAGES.forEach((name, path) -> check(checker, found, name, PortalSite.html(http, path).body()));
            BODIES.forEach((name, body) -> check(checker, found, name, body));
            assertEquals(Map.of(), found);
        }
    }

    private static void check(HtmlChecker checker, Map<String, List<String>> found, String name, String html) {
        try {
            List<String> errors = checker.errors(html);
            if (!errors.isEmpty()) found.put(name, errors);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void axe_core_finds_no_serious_or_critical_violation_on_any_check_up_page() throws Exception {
        WebDriver browser = Browser.start();
        try {
            String axe = PortalChecksTest.axeSource();
            Map<String, List<String>> found = new LinkedHashMap<>();
            for (var e : PAGES.entrySet()) {
                browser.get(PortalSite.base(server) + e.getValue());
                List<String> v = PortalChecksTest.violations(browser, axe);
                if (!v.isEmpty()) found.put(e.getKey(), v);
            }
            for (var e : BODIES.entrySet()) {
                // a page that answers a post: shown from its bytes, as the browser received them
                browser.get(PortalSite.base(server) + "/fr/check-up");
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.open(); document.write(arguments[0]); document.close();", e.getValue());
                List<String> v = PortalChecksTest.violations(browser, axe);
                if (!v.isEmpty()) found.put(e.getKey(), v);
            }
            assertEquals(Map.of(), found);
        } finally {
            browser.quit();
        }
    }
}
