package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network end to end in a 360 px wide browser: a Polish association applies, confirms its
 * address from the mail a real SMTP server received, a Polish partner editor approves it, the
 * member chooses a password, edits its profile in Polish and adds an Italian translation; it is
 * then on the Polish and Italian maps and in the GeoJSON with the role member, and the contact
 * person's name and address are in no public answer.
 */
class NetworkJourneyTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static final String NAME = "Stowarzyszenie Razem w Lublinie";
    static final String CONTACT = "Zofia Wiśniewska";
    static final String EMAIL = "zofia.wisniewska@example.org";
    static final String PASSWORD = "Lublin-Zamek-2026!";

    @Test
    void a_polish_association_joins_is_approved_and_keeps_its_profile_in_two_languages() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_SMTP_HOST", "127.0.0.1", "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "INNCO_SMTP_STARTTLS", "false", "INNCO_JOIN_MIN_FILL_SECONDS", "2"))) {
            var s = server.services();
            String partner = s.content.create(Actor.SYSTEM, "organisation", Http.JSON.readTree(
                    "{\"properties\":{\"name\":\"Partner PL\",\"country\":\"PL\",\"role\":\"partner\",\"location\":{\"lat\":52.23,\"lon\":21.01}}}")).id();
            s.publishing.publication.publish(Actor.SYSTEM, "organisation", partner, List.of("pl"), "", false);
            s.users.create("piotr", "piotr-editor-password", Set.of(Role.EDITOR), partner, Set.of("pl"), false);
            WebDriver b = Browser.start();
            try {
                b.manage().window().setSize(new Dimension(360, 800));
                String base = server.uri().toString().replaceAll("/$", "");
                apply(b, base);
                MimeMessage verify = mailTo(EMAIL, 1);
                b.get(link(verify));
                assertEquals("Twój adres e-mail został potwierdzony", b.findElement(By.tagName("h1")).getText());

                b.get(base + "/editor/login");
                b.findElement(By.id("username")).sendKeys("piotr");
                b.findElement(By.id("password")).sendKeys("piotr-editor-password");
                b.findElement(By.cssSelector("form button[type=submit]")).click();
                waitFor(b, d -> d.getCurrentUrl().endsWith("/editor"));
                b.get(base + "/editor/applications");
                b.findElement(By.linkText(NAME)).click();
                b.findElement(By.cssSelector("form[action$='/approve'] button")).click();
                waitFor(b, d -> d.getCurrentUrl().endsWith("/editor/applications"));

                b.get(link(mailTo(EMAIL, 2)));
                b.findElement(By.id("password")).sendKeys(PASSWORD);
                b.findElement(By.id("confirm")).sendKeys(PASSWORD);
                b.findElement(By.cssSelector("form.account button[type=submit]")).click();
                waitFor(b, d -> d.getPageSource().contains("Hasło zostało zapisane"));
                b.findElement(By.id("email")).sendKeys(EMAIL);
                b.findElement(By.id("password")).sendKeys(PASSWORD);
                b.findElement(By.cssSelector("form.account button[type=submit]")).click();
                waitFor(b, d -> d.getCurrentUrl().endsWith("/pl/account"));

                b.findElement(By.id("description")).clear();
                b.findElement(By.id("description")).sendKeys("Łączymy spółdzielnie socjalne Lubelszczyzny i uczymy się od siebie nawzajem.");
                b.findElement(By.cssSelector("form[action$='/account/profile'] button")).click();
                waitFor(b, d -> d.getPageSource().contains("Profil został zapisany i opublikowany."));
                new Select(b.findElement(By.id("language"))).selectByValue("it");
                b.findElement(By.id("translation")).sendKeys("Colleghiamo le cooperative sociali della regione di Lublino e impariamo gli uni dagli altri.");
                b.findElement(By.cssSelector("form[action$='/account/translation'] button")).click();
                waitFor(b, d -> d.getPageSource().contains("Tłumaczenie zostało zapisane i opublikowane."));
            } finally {
                b.quit();
            }
            Http http = new Http(server.uri());
            for (String lang : List.of("pl", "it")) {
                JsonNode geo = http.get("/.rest/delivery/organisations?format=geojson&lang=" + lang + "&limit=100").json();
                JsonNode f = null;
                for (JsonNode x : geo.path("features")) if (x.path("properties").path("name").asText().equals(NAME)) f = x;
                assertTrue(f != null, lang + ": " + geo);
                assertEquals("member", f.path("properties").path("role").asText());
                assertTrue(http.get("/" + lang + "/map").body().contains(NAME), "on the " + lang + " map's list");
            }
            JsonNode it = http.get("/.rest/delivery/organisations?lang=it&limit=100").json();
            assertTrue(it.toString().contains("Colleghiamo le cooperative sociali"));
            // the organisation's own name is the control: the scan does read the answers where the member appears
            List<String> hits = PublicScan.find(server.uri(), List.of(CONTACT, EMAIL, "zofia.wisniewska", "Wi\\u015bniewska", NAME));
            assertTrue(hits.stream().anyMatch(h -> h.startsWith("/pl/organisations/") && h.endsWith(NAME)), hits.toString());
            assertEquals(List.of(), hits.stream().filter(h -> !h.endsWith(NAME)).toList(), "the contact person appears in no public answer");
            assertTrue(PublicScan.lastCount > 30, "the scan read " + PublicScan.lastCount + " public answers");
        }
    }

    private static void apply(WebDriver b, String base) throws Exception {
        b.get(base + "/pl/join");
        b.findElement(By.id("name")).sendKeys(NAME);
        new Select(b.findElement(By.id("kind"))).selectByValue("association");
        new Select(b.findElement(By.id("country"))).selectByValue("PL");
        b.findElement(By.id("city")).sendKeys("Lublin");
        b.findElement(By.id("join-map")).click();
        waitFor(b, d -> !d.findElement(By.id("lat")).getAttribute("value").isEmpty());
        b.findElement(By.id("lat")).clear();
        b.findElement(By.id("lat")).sendKeys("51.2465");
        b.findElement(By.id("lon")).clear();
        b.findElement(By.id("lon")).sendKeys("22.5684");
        b.findElement(By.id("sector-Q")).click();
        b.findElement(By.id("language-pl")).click();
        b.findElement(By.id("description")).sendKeys("Stowarzyszenie łączy spółdzielnie socjalne z Lubelszczyzny.");
        b.findElement(By.id("website")).sendKeys("https://razem-lublin.example.pl");
        b.findElement(By.id("contactName")).sendKeys(CONTACT);
        b.findElement(By.id("contactEmail")).sendKeys(EMAIL);
        b.findElement(By.id("terms")).click();
        Thread.sleep(2100);
        b.findElement(By.cssSelector("form.join-form button[type=submit]")).click();
        waitFor(b, d -> d.getCurrentUrl().endsWith("/pl/join/sent"));
        assertEquals("Sprawdź swoją skrzynkę pocztową", b.findElement(By.tagName("h1")).getText());
        Long width = (Long) ((org.openqa.selenium.JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(width <= 360, "nothing wider than the 360 px screen: " + width);
    }

    private static void waitFor(WebDriver b, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(b, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    static MimeMessage mailTo(String address, int n) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            List<MimeMessage> mine = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try { return m.getAllRecipients()[0].toString().equals(address); } catch (Exception e) { return false; }
            }).toList();
            if (mine.size() >= n) return mine.get(n - 1);
            Thread.sleep(100);
        }
        throw new AssertionError("no mail number " + n + " to " + address);
    }

    static String link(MimeMessage m) throws Exception {
        String text = ((MimeMultipart) m.getContent()).getBodyPart(0).getContent().toString();
        java.util.regex.Matcher x = java.util.regex.Pattern.compile("https?://\\S+").matcher(text);
        assertTrue(x.find(), text);
        return x.group();
    }

}
