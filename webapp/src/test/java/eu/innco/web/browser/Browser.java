package eu.innco.web.browser;

import eu.innco.web.TestServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven by Selenium, one per test class. Where chromium is absent the tests are
 * skipped with the reason; with {@code -Dinnco.browser.required=true} (as CI runs them) that is a
 * failure instead. Selenium Manager never runs: the driver's path is given.
 */
public final class Browser {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";

    private Browser() {}

    public static WebDriver start() throws Exception {
        return start("en");
    }

    /** A browser whose language (and so its Accept-Language) is the given one, as a person's would be. */
    public static WebDriver start(String language) throws Exception {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present) {
            String reason = "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("innco.browser.required")) throw new IllegalStateException("browser tests are required but " + reason);
            Assumptions.abort("browser test skipped: " + reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        Path profile = Files.createTempDirectory("innco-chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--lang=" + language, "--window-size=1440,1000");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Saves a screenshot of the current page at the given width to {@code webapp/target/screenshots/<name>.png};
     * with {@code -Dinnco.screenshots.refresh=true} to the README's {@code docs/screenshots/} instead, so a
     * test run never changes tracked files unless someone means it to. Returns the file written.
     */
    public static Path screenshot(WebDriver driver, String name, int width) throws Exception {
        driver.manage().window().setSize(new Dimension(width, 1000));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();");
        Thread.sleep(150);
        String folder = Boolean.getBoolean("innco.screenshots.refresh") ? "docs/screenshots/" : "webapp/target/screenshots/";
        Path out = TestServer.checkout().resolve(folder + name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1440, 1000));
        return out;
    }
}
