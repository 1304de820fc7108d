package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The events timeline with the shipped seminars (known to the day, to the year, or not at all) and
 * two events of March 2019, one known to the day and one only to the month: the order follows what
 * is known, the dates show only what is known, in the visitor's language, and undated events come
 * last under a heading that says their date is not known.
 */
class EventTimelineTest {
    static final Pattern CARD = Pattern.compile("<li class=\"card\"[^>]*>\\s*<h3><a href=\"[^\"]*\">([^<]*)</a></h3>\\s*(?:<p class=\"meta\">([^<]*)</p>)?");
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        http = new Http(server.uri());
        publish("{'properties': {'kind': 'seminar', 'title': {'en': 'Visit known to the month', 'fr': 'Visite connue au mois',"
                + " 'pl': 'Wizyta znana co do miesiąca'}, 'startDate': '2019-03-01T00:00:00Z', 'datePrecision': 'month', 'city': 'Lyon'}}");
        publish("{'properties': {'kind': 'seminar', 'title': {'en': 'Meeting known to the day', 'fr': 'Réunion connue au jour',"
                + " 'pl': 'Spotkanie znane co do dnia'}, 'startDate': '2019-03-20T00:00:00Z'}}");
    }

    static void publish(String properties) {
        String id = http.admin().post("/.rest/authoring/v1/items/event", Http.j(properties)).json().path("id").asText();
        assertEquals(200, http.admin().post("/.rest/authoring/v1/items/event/" + id + "/publish", "{\"locales\": [\"en\", \"fr\", \"pl\"]}").status());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** The cards of a page in document order, as "title | meta". */
    static List<String> cards(String path) {
        String html = PortalSite.html(http, path).body();
        List<String> out = new ArrayList<>();
        Matcher m = CARD.matcher(html);
        // ICU's thin spaces around a period's dash compare as spaces
        while (m.find()) out.add((m.group(1) + " | " + (m.group(2) == null ? "" : m.group(2))).replace('\u2009', ' ').replace('\u202f', ' '));
        return out;
    }

    @Test
    void the_timeline_orders_events_by_what_is_known_of_their_dates_and_puts_unknown_dates_last() {
        assertEquals(List.of(
                "Meeting known to the day | March 20, 2019 · On-site seminar",
                "Visit known to the month | March 2019 · Lyon · On-site seminar",
                "INN-CO seminar in Poznań | October 25 – 27, 2021 · Poznań · On-site seminar",
                "INN-CO seminar in Lyon | 2021 · Lyon · On-site seminar",
                "INN-CO seminar in Brussels | June 20 – 22, 2022 · Brussels · On-site seminar",
                "Arobase event in Toulon | December 14, 2022 · Toulon · Multiplier event",
                "Closing seminar of INN-CO in Lyon | February 6, 2023 · Lyon · Closing event",
                "INN-CO seminar in Cyprus | On-site seminar",
                "INN-CO seminar in Italy | On-site seminar",
                "Video conferences between the partners | Video conference"), cards("/en/events"));
        String en = PortalSite.html(http, "/en/events").body();
        List<String> headings = new ArrayList<>();
        Matcher h = Pattern.compile("<h2>([^<]*)</h2>").matcher(en);
        while (h.find()) headings.add(h.group(1));
        assertEquals(List.of("2019", "2021", "2022", "2023", "Date not known"), headings);
    }

    @Test
    void a_month_or_a_year_is_shown_in_the_visitors_language_without_an_invented_day() {
        List<String> fr = cards("/fr/events");
        assertTrue(fr.contains("Visite connue au mois | mars 2019 · Lyon · Séminaire sur site"), fr.toString());
        assertTrue(fr.contains("Séminaire INN-CO à Lyon | 2021 · Lyon · Séminaire sur site"), fr.toString());
        assertTrue(fr.contains("Séminaire INN-CO à Poznań | 25–27 octobre 2021 · Poznań · Séminaire sur site"), fr.toString());
        assertTrue(PortalSite.html(http, "/fr/events").body().contains("<h2>Date inconnue</h2>"));
        List<String> pl = cards("/pl/events");
        assertTrue(pl.contains("Wizyta znana co do miesiąca | marzec 2019 · Lyon · Seminarium stacjonarne"), "the standalone month: " + pl);
        String lyon = PortalSite.html(http, "/fr/events/seminaire-lyon").body();
        assertTrue(lyon.contains("<dd>2021</dd>"), "the year alone on the event's page");
        assertTrue(lyon.contains("\"startDate\":\"2021\""), "schema.org gets the year only");
        assertTrue(pl.contains("Seminarium INN-CO w Poznaniu | 25–27 października 2021 · Poznań · Seminarium stacjonarne"), "days in the genitive: " + pl);
    }

    @Test
    void calendars_and_feeds_carry_the_known_period_and_the_api_the_precision() {
        String ics = http.get("/en/events.ics").body().replace("\r\n ", "");
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20210101\r\nDTEND;VALUE=DATE:20220101\r\nSUMMARY:INN-CO seminar in Lyon"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20190301\r\nDTEND;VALUE=DATE:20190401\r\nSUMMARY:Visit known to the month\r\nDESCRIPTION:March 2019"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20211025\r\nDTEND;VALUE=DATE:20211028\r\n"), "Poznań, three whole days");
        String atom = http.get("/fr/feeds/events.atom").body();
        assertTrue(atom.contains("<summary>2021 · L&apos;un des six séminaires") || atom.contains("<summary>2021 · L'un des six séminaires"), atom);
        assertTrue(atom.indexOf("Séminaire INN-CO à Chypre") > atom.indexOf("Visite connue au mois"), "undated events last in the feed");
        assertEquals("year", http.get("/.rest/delivery/events/seminar-lyon").json().path("datePrecision").asText());
        assertTrue(http.get("/.rest/openapi.json").body().contains("datePrecision"), "the OpenAPI document follows the content type");
    }
}
