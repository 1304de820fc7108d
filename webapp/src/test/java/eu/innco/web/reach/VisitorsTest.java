package eu.innco.web.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who is counted and what is kept of where they came from. */
class VisitorsTest {
    @Test
    void people_s_browsers_are_counted() {
        for (String agent : new String[] {
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"}) {
            assertTrue(Visitors.counted(agent, null), agent);
            assertTrue(Visitors.counted(agent, "0"), "Sec-GPC: 0 is no signal");
        }
    }

    @Test
    void robots_previewers_scripts_and_missing_agents_are_not_counted() {
        for (String agent : new String[] {"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "Twitterbot/1.0",
                "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "WhatsApp/2.23.20.0", "curl/8.5.0",
                "python-requests/2.32.3", "Java-http-client/17.0.13",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36", "", null}) {
            assertFalse(Visitors.counted(agent, null), String.valueOf(agent));
        }
    }

    @Test
    void a_browser_sending_global_privacy_control_is_not_counted() {
        assertFalse(Visitors.counted("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "1"));
        assertFalse(Visitors.counted("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", " 1 "));
    }

    @Test
    void of_a_referring_page_only_another_site_s_host_is_kept() {
        assertEquals("facebook.com", Visitors.referrer("https://www.facebook.com/groups/ess/posts/123?fbclid=abc", "inn-co.eu"));
        assertEquals("t.co", Visitors.referrer("https://t.co/xYz", "inn-co.eu"));
        assertEquals("", Visitors.referrer("https://inn-co.eu/fr/guide", "inn-co.eu"), "our own pages are not a referring site");
        assertEquals("", Visitors.referrer("https://INN-CO.eu/fr/", "inn-co.eu:443"));
        assertEquals("", Visitors.referrer("not a url at all ::", "inn-co.eu"));
        assertEquals("com.slack", Visitors.referrer("android-app://com.slack", "inn-co.eu"), "an app that opened the link is named by its id");
        assertEquals("", Visitors.referrer(null, "inn-co.eu"));
    }
}
