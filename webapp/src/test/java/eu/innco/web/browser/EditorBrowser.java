package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What browser tests of the editor do again and again: sign in through the form, read a page as the signed-in browser does. */
public final class EditorBrowser {
    private EditorBrowser() {}

    /** Signs in through the login form, with no cookie left from before, and waits until the editor answered. */
    public static void signIn(WebDriver browser, String base, String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/editor/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.getCurrentUrl().contains("/editor/login"));
    }

    /** The page's HTML as the server sends it to the signed-in browser (its session cookie), for the Nu checker. */
    public static String asSignedIn(WebDriver browser, String base, String path) throws Exception {
        Cookie session = browser.manage().getCookieNamed("INNCO_EDITOR");
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", "INNCO_EDITOR=" + session.getValue()).build();
        HttpResponse<String> res = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), path);
        return res.body();
    }
}
