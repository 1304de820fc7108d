package eu.innco.web.renditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.browser.Browser;
import java.awt.Color;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An editor clicks on the subject of an image in its form; after saving and publishing, the square rendition is cut around it. */
class FocalPointBrowserTest {
    static InncoServer server;
    static WebDriver browser;
    static Http admin;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        admin = new Http(server.uri()).admin();
        base = server.uri().toString().replaceAll("/$", "");
        browser = Browser.start();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void a_click_on_the_image_sets_the_focal_point_that_crops_keep() throws Exception {
        String id = Images.published(server.uri(), admin, "market.png", Images.withBlock(1600, 800, Color.RED, 1280, 320, 160, 160, "png"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // a node replaced while read is read again
        browser.get(base + "/editor/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TestServer.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("form[action$='/editor/logout']")).isEmpty());

        browser.get(base + "/editor/content/asset/" + id);
        WebElement img = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("figure.focal-picker img")));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img)));
        WebElement x = browser.findElement(By.id("p.focalX"));
        WebElement y = browser.findElement(By.id("p.focalY"));
        assertEquals("", x.getAttribute("value"), "no focal point yet");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", img);
        int w = img.getRect().getWidth();
        // offsets are from the image's centre: 85 % from the left, half way down
        new Actions(browser).moveToElement(img, (int) Math.round(w * 0.35), 0).click().perform();
        wait.until(d -> !x.getAttribute("value").isEmpty());
        int fx = Integer.parseInt(x.getAttribute("value"));
        int fy = Integer.parseInt(y.getAttribute("value"));
        assertTrue(fx >= 83 && fx <= 87, "x: " + fx);
        assertTrue(fy >= 48 && fy <= 52, "y: " + fy);
        assertTrue(browser.findElement(By.cssSelector(".focal-mark")).isDisplayed(), "the mark shows the point");
        java.nio.file.Path shot = TestServer.checkout().resolve("webapp/target/screenshots/editor-focal-point.png");
        java.nio.file.Files.createDirectories(shot.getParent());
        java.nio.file.Files.write(shot, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        browser.findElement(By.cssSelector("form.item-form button.primary[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(img));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("figure.focal-picker img")));
        assertEquals(String.valueOf(fx), browser.findElement(By.id("p.focalX")).getAttribute("value"), "saved");
        assertEquals(fx, admin.get("/.rest/authoring/v1/items/asset/" + id).json().path("properties").path("focalX").asInt());

        Images.publish(admin, id);
        var square = Images.decode(Images.get(server.uri(), "dam/" + id + "/renditions/square").body());
        assertEquals("red", Images.colour(square, 280, 200), "the crop holds the block the editor clicked on");
    }
}
