package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Partners at work in the editor, in a real browser: a partner-scoped publisher publishes its own
 * partner's case study and is told, before any click, why it may not publish another partner's.
 */
class PartnerEditorsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static InncoServer server;
    static WebDriver browser;
    static String base;
    static String partnerA;
    static String partnerB;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = TestServer.start();
        base = server.uri().toString().replaceAll("/$", "");
        partnerA = create(Actor.SYSTEM, "organisation", "{'properties':{'name':'Partner A','country':'FR','role':'partner'}}");
        partnerB = create(Actor.SYSTEM, "organisation", "{'properties':{'name':'Partner B','country':'PL','role':'partner'}}");
        var users = server.services().users;
        users.create("pia", "pia password", Set.of(Role.PARTNER_PUBLISHER), partnerA, Set.of("fr"), false);
        users.create("pablo", "pablo password", Set.of(Role.PARTNER_PUBLISHER), partnerA, Set.of("fr"), true);
        users.create("claire", "claire password", Set.of(Role.EDITOR), partnerA, Set.of("fr"), false);
        users.create("piotr", "piotr password", Set.of(Role.EDITOR), partnerB, Set.of("pl"), false);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    static String create(Actor actor, String type, String json) throws Exception {
        return server.services().content.create(actor, type, JSON.readTree(json.replace('\'', '"'))).id();
    }

    static Actor actor(String user) {
        return server.services().users.find(user).orElseThrow().actor();
    }

    static void signIn(String user) {
        EditorBrowser.signIn(browser, base, user, user + " password");
    }

    static boolean published(String type, String id, String locale) {
        var s = server.services().content.get(Actor.SYSTEM, type, id).locales().get(locale);
        return s != null && s.published() != null;
    }

    static HttpResponse<String> api(String user, String method, String path, String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + user + " password").getBytes(StandardCharsets.UTF_8));
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/.rest/authoring/v1" + path)).header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_partner_publisher_publishes_its_partners_case_study_and_sees_why_it_may_not_publish_another_partners() throws Exception {
        String own = create(actor("claire"), "caseStudy", "{'sourceLocale':'fr','properties':{'title':{'fr':'Cuisine partagée'}}}");
        String other = create(actor("piotr"), "caseStudy", "{'sourceLocale':'pl','properties':{'title':{'pl':'Wspólna kuchnia'}}}");
        signIn("pia");

        browser.get(base + "/editor/content/caseStudy?q=Wsp%C3%B3lna");
        WebElement row = browser.findElement(By.xpath("//table[@class='items']//tr[contains(., 'Wspólna kuchnia')]"));
        assertTrue(row.getText().contains("Another partner's item"), "the list says it before the click: " + row.getText());
        assertTrue(row.findElements(By.cssSelector("a[href$='/caseStudy/" + other + "']")).isEmpty(), "no link to a form that would refuse");
        assertFalse(published("caseStudy", other, "pl"));

        browser.get(base + "/editor/content/caseStudy/" + own + "?edit=fr");
        WebElement publish = browser.findElement(By.cssSelector("form.publish-form button[value=publish]"));
        assertTrue(publish.isEnabled());
        assertTrue(browser.findElements(By.id("publish-limit")).isEmpty());
        publish.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.findElements(By.cssSelector(".flash")).isEmpty());
        assertTrue(published("caseStudy", own, "fr"), "the partner publisher published its partner's item");
    }

    @Test
    void a_partner_publisher_who_edits_all_content_still_may_not_publish_another_partners_item_and_is_told_why() throws Exception {
        String other = create(actor("piotr"), "caseStudy", "{'sourceLocale':'pl','properties':{'title':{'pl':'Sklep społeczny'}}}");
        signIn("pablo");
        browser.get(base + "/editor/content/caseStudy/" + other + "?edit=pl");
        WebElement publish = browser.findElement(By.cssSelector("form.publish-form button[value=publish]"));
        assertFalse(publish.isEnabled(), "the button is disabled before any click");
        String reason = browser.findElement(By.id(publish.getAttribute("aria-describedby"))).getText();
        assertTrue(reason.contains("another partner"), reason);
        Browser.screenshot(browser, "editor-partner-publisher-limit", 1440);
    }

    @Test
    void an_editor_sees_the_publish_buttons_disabled_with_the_reason_in_french() throws Exception {
        String own = create(actor("claire"), "caseStudy", "{'sourceLocale':'fr','properties':{'title':{'fr':'Jardin partagé'}}}");
        server.services().users.setUiLocale("claire", "fr");
        signIn("claire");
        browser.get(base + "/editor/content/caseStudy/" + own + "?edit=fr");
        WebElement publish = browser.findElement(By.cssSelector("form.publish-form button[value=publish]"));
        assertFalse(publish.isEnabled());
        assertTrue(browser.findElement(By.id("publish-limit")).getText().startsWith("Votre rôle ne comprend pas la publication"));
    }

    @Test
    void the_authoring_api_lets_a_partner_publisher_publish_only_its_partners_items() throws Exception {
        String own = create(actor("claire"), "caseStudy", "{'sourceLocale':'fr','properties':{'title':{'fr':'Atelier vélo'}}}");
        String other = create(actor("piotr"), "caseStudy", "{'sourceLocale':'pl','properties':{'title':{'pl':'Warsztat rowerowy'}}}");
        var refused = api("pia", "POST", "/items/caseStudy/" + other + "/publish", "{\"locales\":[\"pl\"]}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("INNCO-SECURITY-003"), refused.body());
        assertFalse(published("caseStudy", other, "pl"));
        var done = api("pia", "POST", "/items/caseStudy/" + own + "/publish", "{\"locales\":[\"fr\"]}");
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(published("caseStudy", own, "fr"));
        var unpublished = api("pia", "POST", "/items/caseStudy/" + own + "/unpublish", "{\"locales\":[\"fr\"]}");
        assertEquals(200, unpublished.statusCode(), unpublished.body());
        var release = api("pia", "POST", "/releases", "{\"name\":\"r\",\"items\":[{\"type\":\"caseStudy\",\"id\":\"" + own + "\",\"locales\":[\"fr\"]}],\"publish\":true}");
        assertEquals(403, release.statusCode(), "a release stays with publishers: " + release.body());

        // a partner publisher cancels its own partner's schedule, never another partner's
        var own2 = api("pia", "POST", "/items/caseStudy/" + own + "/schedule", "{\"action\":\"publish\",\"at\":\"2099-01-01T08:00:00Z\",\"locales\":[\"fr\"]}");
        assertTrue(own2.statusCode() == 200 || own2.statusCode() == 201, own2.statusCode() + " " + own2.body());
        String mine = JSON.readTree(own2.body()).path("id").asText();
        var cancelled = api("pia", "DELETE", "/schedules/" + mine, "");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        String theirs = server.services().publishing.scheduling.schedule(Actor.SYSTEM,
                "caseStudy", other, "publish", java.time.Instant.parse("2099-01-01T08:00:00Z"), java.util.List.of("pl")).id();
        var refusedCancel = api("pia", "DELETE", "/schedules/" + theirs, "");
        assertEquals(403, refusedCancel.statusCode(), refusedCancel.body());
        assertNotNull(own);
    }

    static String uploadImage(String user, String alt) throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(0x0b5cad));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        return server.services().assets.upload(actor(user), "van.png", new ByteArrayInputStream(png.toByteArray()), "fr", "Camionnette", alt).id();
    }

    @Test
    void the_draft_preview_shows_the_drafts_image_to_editors_and_preview_tokens_but_not_to_the_public() throws Exception {
        String image = uploadImage("claire", "Une camionnette bleue");
        String study = create(actor("claire"), "caseStudy", "{'sourceLocale':'fr','properties':{'title':{'fr':'Camionnette partagée'},"
                + "'images':['" + image + "']}}");
        signIn("claire");
        browser.get(base + "/editor/content/caseStudy/" + study + "/preview?lang=fr");
        WebElement img = browser.findElement(By.cssSelector("figure img"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].complete", img));
        Number width = (Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", img);
        assertTrue(width.intValue() > 0, "the draft image is shown, not broken: " + img.getAttribute("src"));

        HttpClient http = HttpClient.newHttpClient();
        var pub = http.send(HttpRequest.newBuilder(URI.create(base + "/dam/" + image + "/renditions/medium")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, pub.statusCode(), "the public still sees no draft file");
        var anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/.rest/preview/dam/" + image + "/renditions/medium")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        String token = server.services().previewTokens.create("claire", "site preview", Duration.ofHours(1)).token();
        var withToken = http.send(HttpRequest.newBuilder(URI.create(base + "/.rest/preview/dam/" + image + "/renditions/medium?previewToken=" + token))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, withToken.statusCode());
        assertTrue(withToken.headers().firstValue("Content-Type").orElse("").startsWith("image/"));
        assertTrue(withToken.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        var file = http.send(HttpRequest.newBuilder(URI.create(base + "/.rest/preview/dam/" + image + "/van.png"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
    }

    @Test
    void a_french_alt_text_typed_in_the_french_form_is_stored_as_french_under_an_english_interface() throws Exception {
        String study = create(actor("claire"), "caseStudy", "{'sourceLocale':'fr','properties':{'title':{'fr':'Vélo-cargo'}}}");
        server.services().users.setUiLocale("claire", "en");
        signIn("claire");
        browser.get(base + "/editor/content/caseStudy/" + study + "?edit=fr");
        java.nio.file.Path png = java.nio.file.Files.createTempFile("cargo", ".png");
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", png.toFile());
        WebElement box = browser.findElement(By.cssSelector(".asset-upload[data-for='p.images.0']"));
        box.findElement(By.cssSelector("input[type=file]")).sendKeys(png.toString());
        box.findElement(By.cssSelector("input[id$='.alt']")).sendKeys("Un vélo-cargo devant la coopérative");
        box.findElement(By.cssSelector("button.upload")).click();
        WebElement select = browser.findElement(By.id("p.images.0"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !select.getAttribute("value").isEmpty()
                || select.findElements(By.cssSelector("option:checked")).stream().anyMatch(o -> !o.getAttribute("value").isEmpty()));
        String asset = select.findElements(By.cssSelector("option:checked")).stream().map(o -> o.getAttribute("value"))
                .filter(v -> !v.isEmpty()).findFirst().orElseThrow();
        var values = server.services().content.get(Actor.SYSTEM, "asset", asset).values();
        assertEquals("Un vélo-cargo devant la coopérative", values.get("alt", "fr").map(String::valueOf).orElse(null));
        assertTrue(values.get("alt", "en").isEmpty(), "nothing stored as English: " + values.get("alt", "en"));
    }

    @Test
    void the_library_upload_stores_the_alt_text_in_the_language_chosen_for_it() throws Exception {
        server.services().users.setUiLocale("claire", "en");
        signIn("claire");
        browser.get(base + "/editor/assets");
        java.nio.file.Path png = java.nio.file.Files.createTempFile("atelier", ".png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        browser.findElement(By.id("file")).sendKeys(png.toString());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("textLocale"))).selectByValue("pl");
        browser.findElement(By.id("title")).sendKeys("Warsztat");
        browser.findElement(By.id("alt")).sendKeys("Warsztat rowerowy w spółdzielni");
        browser.findElement(By.cssSelector("form.card button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.findElements(By.cssSelector(".flash")).isEmpty());
        var found = server.services().content.list(Actor.SYSTEM, "asset", eu.innco.content.ListQuery.of(50, 0, null, null, null, null, "-lastModified"))
                .items().stream().filter(i -> i.values().get("alt", "pl").isPresent()).findFirst().orElseThrow();
        assertEquals("Warsztat rowerowy w spółdzielni", String.valueOf(found.values().get("alt", "pl").orElseThrow()));
        assertTrue(found.values().get("alt", "en").isEmpty());
    }

    @Test
    void the_polish_slug_follows_the_polish_title_and_an_existing_slug_stays() throws Exception {
        server.services().users.setUiLocale("claire", "en");
        signIn("claire");
        browser.get(base + "/editor/content/caseStudy/new?edit=fr");
        browser.findElement(By.id("p.title.fr")).sendKeys("Cuisine commune à Lublin");
        browser.findElement(By.cssSelector("form.item-form button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().matches(".*/caseStudy/[0-9a-f-]{36}.*"));
        String id = browser.getCurrentUrl().replaceAll(".*/caseStudy/([0-9a-f-]{36}).*", "$1");
        browser.get(base + "/editor/content/caseStudy/" + id + "?edit=pl");
        browser.findElement(By.id("p.title.pl")).sendKeys("Wspólna kuchnia w Lublinie");
        browser.findElement(By.cssSelector("form.item-form button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.findElements(By.cssSelector(".flash")).isEmpty());
        assertEquals("wspolna-kuchnia-w-lublinie", browser.findElement(By.id("p.slug.pl")).getAttribute("value"), "the form shows the Polish slug");

        var item = JSON.readTree(api("claire", "GET", "/items/caseStudy/" + id, "").body());
        assertEquals("wspolna-kuchnia-w-lublinie", item.path("properties").path("slug").path("pl").asText(null));
        assertEquals("cuisine-commune-a-lublin", item.path("properties").path("slug").path("fr").asText(null));

        // a title changed later keeps the address people already use
        browser.findElement(By.id("p.title.pl")).clear();
        browser.findElement(By.id("p.title.pl")).sendKeys("Kuchnia społeczna");
        browser.findElement(By.cssSelector("form.item-form button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.findElements(By.cssSelector(".flash")).isEmpty());
        item = JSON.readTree(api("claire", "GET", "/items/caseStudy/" + id, "").body());
        assertEquals("wspolna-kuchnia-w-lublinie", item.path("properties").path("slug").path("pl").asText(null));

        server.services().publishing.publication.publish(Actor.SYSTEM, "caseStudy", id, java.util.List.of("fr", "pl"), "", false);
        var pl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/.rest/delivery/caseStudies@" + id + "?lang=pl")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(pl.body().contains("\"slug\":\"wspolna-kuchnia-w-lublinie\""), pl.body());
    }
}
