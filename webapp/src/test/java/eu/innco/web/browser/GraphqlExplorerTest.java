package eu.innco.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * GraphiQL in a real browser: it starts under the page's CSP from files served by this server alone,
 * a query typed into its editor runs against {@code /.rest/graphql}, and the answer (or the error)
 * shows in its result pane.
 */
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
    void a_developer_types_a_query_in_graphiql_and_reads_the_answer() throws Exception {
        String origin = server.uri().toString().replaceAll("/$", "");
        // every refusal by the page's CSP is kept, from the first script on, to be read at the end
        ((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.cspRefusals = []; document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.cspRefusals.push(e.violatedDirective + ' ' + e.blockedURI); });"));
        browser.get(origin + "/.rest/graphql/explorer");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // a node replaced while read is read again
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-query-editor .CodeMirror")));
        assertEquals("GraphiQL · INN-CO Publishing", browser.getTitle());

        run(wait, "{ caseStudies(lang: \"fr\") { total limit } }");
        wait.until(d -> answer().contains("\"limit\""));
        assertTrue(answer().contains("\"total\": 0"), answer());

        run(wait, "{ caseStudies { nothing } }");
        wait.until(d -> answer().contains("errors"));
        assertTrue(answer().contains("nothing"), "the error says what is wrong: " + answer());

        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) js("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertTrue(loaded.stream().anyMatch(u -> u.contains("graphiql.min.js")), loaded.toString());
        assertTrue(loaded.stream().allMatch(u -> u.startsWith(origin + "/") || u.startsWith("data:")), "only this server is asked: " + loaded);
        // a dialog (settings) and the documentation explorer, which add styles of their own at run time
        browser.findElement(By.cssSelector("[aria-label='Open settings dialog']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".graphiql-dialog-title")));
        browser.findElement(By.cssSelector(".graphiql-dialog-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".graphiql-dialog-title")));
        browser.findElement(By.cssSelector("[aria-label='Show Documentation Explorer']")).click();
        wait.until(d -> d.findElement(By.cssSelector(".graphiql-doc-explorer")).getText().contains("Query"));
        assertEquals(List.of(), js("return window.cspRefusals;"), "GraphiQL runs within the page's policy");
        Browser.screenshot(browser, "graphiql", 1440);
    }

    @Test
    void the_page_keeps_scripts_to_this_server_and_the_libraries_are_cached_for_a_year() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String origin = server.uri().toString().replaceAll("/$", "");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(origin + "/.rest/graphql/explorer")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertTrue(csp.contains("font-src 'self' data:"), csp);
        var src = java.util.regex.Pattern.compile("(?:src|href)=\"(/\\.rest/graphql/explorer/graphiql/[^\"]+\\.js)\"").matcher(page.body());
        assertTrue(src.find(), page.body());
        HttpResponse<String> lib = http.send(HttpRequest.newBuilder(URI.create(origin + src.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, lib.statusCode());
        assertTrue(lib.headers().firstValue("Cache-Control").orElse("").contains("immutable"), lib.headers().toString());
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(origin
                + src.group(1).replace("graphiql.min.js", "package.json"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, other.statusCode(), "only the files the page loads are served from the jars");
        HttpResponse<String> rest = http.send(HttpRequest.newBuilder(URI.create(origin + "/.rest/graphql/schema.graphql")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(rest.headers().firstValue("Content-Security-Policy").orElse("").contains("style-src 'self';"),
                "other addresses keep the site's policy: " + rest.headers());
    }

    /** Types the query into GraphiQL's editor as a person would (select all, type over) and presses Run. */
    private void run(WebDriverWait wait, String query) {
        browser.findElement(By.cssSelector(".graphiql-query-editor .CodeMirror")).click();
        Keys select = System.getProperty("os.name").startsWith("Mac") ? Keys.COMMAND : Keys.CONTROL;
        new Actions(browser).keyDown(select).sendKeys("a").keyUp(select).sendKeys(Keys.DELETE).sendKeys(query).perform();
        wait.until(d -> editorText().replaceAll("\\s+", " ").trim().equals(query));
        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
    }

    private String editorText() {
        return (String) js("return document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue();");
    }

    private String answer() {
        Object text = js("var r = document.querySelector('.graphiql-response .CodeMirror'); return r ? r.CodeMirror.getValue() : '';");
        return text == null ? "" : text.toString();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
