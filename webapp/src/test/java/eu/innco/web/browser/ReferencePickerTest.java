package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.security.Actor;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pickers in the item form: a reference picker over a type with more items than the form lists at
 * first (typing asks the server), and an asset picker that uploads a file in place.
 */
class ReferencePickerTest {
    static InncoServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = TestServer.start();
        base = server.uri().toString().replaceAll("/$", "");
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 205; i++) {
            server.services().content.create(Actor.SYSTEM, "organisation", json.readTree(
                    "{\"properties\":{\"name\":\"Bulk organisation " + String.format("%03d", i) + "\",\"country\":\"BE\",\"role\":\"associated\"}}"));
        }
        server.services().content.create(Actor.SYSTEM, "organisation",
                json.readTree("{\"properties\":{\"name\":\"Zuiderzee cooperative\",\"country\":\"NL\",\"role\":\"associated\"}}"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void an_item_beyond_the_first_page_is_found_by_typing_and_can_be_chosen() throws Exception {
        signIn();
        browser.get(base + "/editor/content/caseStudy/new");
        WebElement select = browser.findElement(By.cssSelector("fieldset.multiple[data-key='p.organisations'] select.picker"));
        assertFalse(labels(select).contains("Zuiderzee cooperative"), "beyond the first 200, the form does not list it");
        WebElement filter = browser.findElement(By.cssSelector("fieldset.multiple[data-key='p.organisations'] input.picker-filter"));
        filter.sendKeys("zuiderzee");
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> labels(select).equals(List.of("Zuiderzee cooperative")));
        new Select(select).selectByVisibleText("Zuiderzee cooperative");
        assertEquals("Zuiderzee cooperative", new Select(select).getFirstSelectedOption().getText());
    }

    @Test
    void a_file_uploaded_in_the_form_is_added_to_the_asset_picker_and_chosen() throws Exception {
        signIn();
        browser.get(base + "/editor/content/caseStudy/new");
        WebElement box = browser.findElement(By.cssSelector("fieldset.multiple[data-key='p.images'] .asset-upload"));
        assertTrue(box.isDisplayed(), "the upload box shows once the script runs");
        Path png = Files.createTempFile("kitchen", ".png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        box.findElement(By.cssSelector("input[type=file]")).sendKeys(png.toString());
        box.findElement(By.cssSelector("button.upload")).click();
        WebElement status = box.findElement(By.cssSelector(".upload-status"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> status.getText().length() > 1);
        assertTrue(status.getText().contains("alternative text"), "no alt text, no upload: " + status.getText());

        box.findElement(By.cssSelector("input[id$='.alt']")).sendKeys("An empty kitchen");
        box.findElement(By.cssSelector("button.upload")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> status.getText().contains("is uploaded and chosen"));
        Select picker = new Select(browser.findElement(By.cssSelector("fieldset.multiple[data-key='p.images'] select.picker")));
        String id = picker.getFirstSelectedOption().getAttribute("value");
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        assertEquals("An empty kitchen", server.services().content.get(Actor.SYSTEM, "asset", id).values().get("alt", "en").orElseThrow());
    }

    static void signIn() {
        browser.manage().deleteAllCookies();
        browser.get(base + "/editor/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TestServer.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.findElements(By.cssSelector("form[action$='/editor/logout']")).isEmpty());
    }

    @Test
    void the_search_is_for_signed_in_people_only() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/editor/content/organisation/choices?q=bulk"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().contains("/editor/login"));
    }

    @SuppressWarnings("unchecked")
    static List<String> labels(WebElement select) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.prototype.filter.call(arguments[0].options, function (o) { return !o.hidden && o.value; })"
                        + ".map(function (o) { return o.textContent.trim(); });", select);
    }
}
