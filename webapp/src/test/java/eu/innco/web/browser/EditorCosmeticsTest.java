package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the editor looks like after the things partners do most: lists saved, a Polish translation, an image chosen. */
class EditorCosmeticsTest {
    static InncoServer server;
    static WebDriver browser;
    static String base;
    static String partner;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = TestServer.start();
        base = server.uri().toString().replaceAll("/$", "");
        partner = server.services().content.create(Actor.SYSTEM, "organisation", new ObjectMapper().readTree(
                "{\"properties\":{\"name\":\"Partner PL\",\"country\":\"PL\",\"role\":\"partner\"}}")).id();
        server.services().users.create("ewa", "ewa password", Set.of(Role.EDITOR), partner, Set.of("pl", "fr"), false);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    static void signIn(String user, String ui) {
        server.services().users.setUiLocale(user, ui);
        EditorBrowser.signIn(browser, base, user, user + " password");
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static String newStudy(String title) {
        browser.get(base + "/editor/content/caseStudy/new?edit=fr");
        browser.findElement(By.id("p.title.fr")).sendKeys(title);
        browser.findElement(By.cssSelector("form.item-form button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.getCurrentUrl().matches(".*/caseStudy/[0-9a-f-]{36}.*"));
        return browser.getCurrentUrl().replaceAll(".*/caseStudy/([0-9a-f-]{36}).*", "$1");
    }

    /** The part of the page around the element, as a person scrolled there sees it, in target/screenshots/. */
    static void area(String name, String css) throws Exception {
        js("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", css);
        java.nio.file.Path out = TestServer.checkout().resolve("webapp/target/screenshots/" + name + ".png");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.write(out, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    static void save() {
        browser.findElement(By.cssSelector("form.item-form button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.findElements(By.cssSelector(".flash")).isEmpty());
    }

    @Test
    void a_saved_list_shows_its_values_and_no_empty_row() throws Exception {
        signIn("ewa", "pl");
        String id = newStudy("Listy");
        browser.get(base + "/editor/content/caseStudy/" + id + "?edit=fr");
        WebElement list = browser.findElement(By.cssSelector("fieldset.multiple[data-key='p.whatHelped.fr']"));
        list.findElement(By.cssSelector("textarea")).sendKeys("La confiance");
        list.findElement(By.cssSelector("button.add-value")).click();
        List<WebElement> areas = list.findElements(By.cssSelector("textarea"));
        areas.get(areas.size() - 1).sendKeys("Un local commun");
        save();
        list = browser.findElement(By.cssSelector("fieldset.multiple[data-key='p.whatHelped.fr']"));
        List<String> rows = list.findElements(By.cssSelector("ol.values > li textarea")).stream().map(e -> e.getAttribute("value")).toList();
        assertEquals(List.of("La confiance", "Un local commun"), rows, "the saved values, no empty row after them");
        list.findElement(By.cssSelector("button.add-value")).click();
        assertEquals(3, list.findElements(By.cssSelector("ol.values > li")).size(), "a value can still be added");
        area("editor-list-after-save", "[data-key='p.whatHelped.fr']");
    }

    @Test
    void the_draft_radio_button_is_normal_size_in_the_polish_interface() throws Exception {
        signIn("ewa", "pl");
        String id = newStudy("Radio");
        browser.get(base + "/editor/content/caseStudy/" + id + "/translate?source=fr&target=pl");
        for (WebElement radio : browser.findElements(By.cssSelector("input[type=radio][name=state]"))) {
            var size = radio.getSize();
            assertTrue(size.getWidth() <= 24 && size.getHeight() <= 24, radio.getAttribute("value") + " radio is " + size);
        }
        area("editor-translate-pl-state", "input[type=radio]");
    }

    @Test
    void the_image_picker_is_not_a_tall_empty_box() throws Exception {
        signIn("ewa", "pl");
        browser.get(base + "/editor/content/caseStudy/new?edit=fr");
        WebElement picker = browser.findElement(By.id("p.images.0"));
        assertTrue(picker.getSize().getHeight() <= 60, "the image picker is " + picker.getSize());
        area("editor-image-picker", "[data-key='p.images']");
    }
}
