package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person signing in to the editor and working on content, in a real browser. */
class EditorFlowTest {
    static InncoServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true"));
        base = server.uri().toString().replaceAll("/$", "");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    static void signIn(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/editor");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.findElements(By.cssSelector("nav a[href$='/editor/logout'], form[action$='/editor/logout']")).isEmpty());
    }

    @Test
    void an_admin_signs_in_sees_the_dashboard_and_opens_a_case_study() throws Exception {
        signIn("admin", TestServer.ADMIN_PASSWORD);
        assertEquals("Dashboard", browser.findElement(By.tagName("h1")).getText());
        Browser.screenshot(browser, "editor-dashboard", 1440);
        browser.findElement(By.linkText("Case studies")).click();
        browser.findElement(By.cssSelector("table.items a")).click();
        assertTrue(browser.findElement(By.cssSelector("form.item-form")).isDisplayed());
        Browser.screenshot(browser, "editor-edit-form", 1440);
        Browser.screenshot(browser, "editor-edit-form-360", 360);
    }

    @Test
    void the_reference_picker_narrows_its_list_to_what_is_typed() {
        signIn("admin", TestServer.ADMIN_PASSWORD);
        browser.get(base + "/editor/content/caseStudy/new");
        WebElement select = browser.findElement(By.cssSelector("fieldset.multiple[data-key='p.organisations'] select.picker"));
        WebElement filter = browser.findElement(By.cssSelector("fieldset.multiple[data-key='p.organisations'] input.picker-filter"));
        assertEquals("Type to narrow the list", filter.getAttribute("aria-label"));
        long before = visibleOptions(select);
        assertTrue(before >= 15, "all organisations are offered: " + before);
        filter.sendKeys("ekonomii FUNDACJA");
        assertEquals(List.of("Fundacja wspierania ekonomii społecznej (demo)"), visibleLabels(select));
        filter.clear();
        filter.sendKeys("SOCJAL");
        assertEquals(List.of("Spółdzielnia socjalna – pracownia stolarska (demo)", "Stowarzyszenie na Rzecz Spółdzielni Socjalnych"),
                visibleLabels(select).stream().sorted().toList(), "a demo cooperative and the Polish partner");
        new Select(select).selectByVisibleText("Stowarzyszenie na Rzecz Spółdzielni Socjalnych");
        filter.clear();
        filter.sendKeys("zzz");
        assertEquals(List.of("Stowarzyszenie na Rzecz Spółdzielni Socjalnych"), visibleLabels(select),
                "the chosen organisation stays visible whatever is typed");
    }

    static long visibleOptions(WebElement select) {
        return visibleLabels(select).size();
    }

    @SuppressWarnings("unchecked")
    static List<String> visibleLabels(WebElement select) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.prototype.filter.call(arguments[0].options, function (o) { return !o.hidden && o.value; })"
                        + ".map(function (o) { return o.textContent.trim(); });", select);
    }
}
