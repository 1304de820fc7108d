package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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
        browser.get(base + "/editor");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
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
}
