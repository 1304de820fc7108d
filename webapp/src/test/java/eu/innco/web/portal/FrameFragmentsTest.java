package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The navigation and the footer are kept rendered per language and section: each page still marks
 * its own section (whichever page made the fragment first), in its own language, and an address
 * outside the navigation's sections marks none.
 */
class FrameFragmentsTest {
    private static final Pattern CURRENT = Pattern.compile("<nav class=\"main-nav\".*?<a href=\"/(\\w+)/([\\w-]+)\" aria-current=\"page\"", Pattern.DOTALL);
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void every_page_marks_its_own_section_in_its_own_language() {
        for (int round = 0; round < 2; round++) { // the second round is served from kept fragments
            for (String locale : new String[] {"fr", "el"}) {
                for (String section : new String[] {"case-studies", "about", "events", "materials"}) {
                    String page = PortalSite.html(http, "/" + locale + "/" + section).body();
                    Matcher m = CURRENT.matcher(page);
                    assertTrue(m.find(), locale + " " + section);
                    assertEquals(locale + "/" + section, m.group(1) + "/" + m.group(2));
                    assertTrue(page.contains("<footer class=\"site-footer\">") && page.contains("href=\"/" + locale + "/accessibility\""), locale);
                }
                String missing = PortalSite.html(http, "/" + locale + "/no-such-section-" + round).body();
                assertFalse(CURRENT.matcher(missing).find(), "a 404 marks no section");
            }
        }
        String french = PortalSite.html(http, "/fr/about").body();
        String greek = PortalSite.html(http, "/el/about").body();
        assertFalse(french.substring(french.indexOf("<footer")).equals(greek.substring(greek.indexOf("<footer"))), "each language its own footer");
    }
}
