package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 20, in Chromium: a case study published only in French and Polish is found from the English,
 * Greek and German lists, from search and on the map's list, marked as French, and opens in French.
 */
class OtherLanguagesBrowserTest {
    static final String TITLE = "Un tiers-lieu partagé par six associations à Toulon";
    static InncoServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        base = PortalSite.base(server);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void a_french_only_case_study_is_found_from_the_english_greek_and_german_lists_and_opens_in_french() {
        for (String locale : new String[] {"en", "el", "de"}) {
            browser.get(base + "/" + locale + "/case-studies");
            WebElement link = browser.findElement(By.linkText(TITLE));
            WebElement card = link.findElement(By.xpath("ancestor::li[1]"));
            assertEquals("fr", card.getAttribute("lang"), locale + ": the card is marked as French");
            assertTrue(card.findElement(By.className("fallback-notice")).isDisplayed(), locale + ": and says so in the reader's language");
            link.click();
            assertEquals(TITLE, browser.findElement(By.tagName("h1")).getText());
            assertEquals("fr", browser.findElement(By.tagName("article")).getAttribute("lang"));
            assertEquals(locale, browser.findElement(By.tagName("html")).getAttribute("lang"), "the page stays the reader's");
        }
    }

    @Test
    void search_and_the_maps_list_find_items_that_exist_only_in_other_languages() {
        browser.get(base + "/de/search?q=Toulon");
        assertEquals(1, browser.findElements(By.linkText(TITLE)).size(), "German search finds the French case study");
        browser.get(base + "/el/map");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Tiers-lieu associatif (demo)"),
                "the Greek map's list shows an organisation published in French and Polish only");
    }
}
