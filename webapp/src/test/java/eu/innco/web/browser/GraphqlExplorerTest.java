package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The GraphQL query page in a real browser: its script runs under the CSP, a query is sent, the answer shows. */
class GraphqlExplorerTest {
    static InncoServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void a_developer_runs_a_query_and_reads_the_answer() {
        browser.get(server.uri().toString().replaceAll("/$", "") + "/.rest/graphql/explorer");
        WebElement query = browser.findElement(By.id("query"));
        query.clear();
        query.sendKeys("{ caseStudies(lang: \"fr\") { total limit } }");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement result = browser.findElement(By.id("result"));
        new WebDriverWait(browser, Duration.ofSeconds(40)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> result.getText().contains("\"limit\""));
        assertTrue(result.getText().contains("\"total\": 0"), result.getText());
        assertEquals("GraphQL query page · INN-CO Publishing", browser.getTitle());
        query.clear();
        query.sendKeys("{ caseStudies { nothing } }");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(40)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> result.getText().contains("errors"));
        assertTrue(result.getText().contains("nothing"), "the error says what is wrong: " + result.getText());
    }
}
