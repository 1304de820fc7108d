package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.security.Actor;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partners' one-page dissemination reports: a PDF in the editor's language (Greek for claire of
 * partner A, Polish for piotr of partner B) holding the figures of the visits this test made,
 * counted here; a partner editor cannot get another partner's report. And feed and delivery API
 * reads counted by language, robots and Global Privacy Control left out.
 */
class DisseminationReportTest {
    static final String PERSON = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String ROBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static EditorFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture();
        f.services.users.setUiLocale("claire", "el");
        f.services.users.setUiLocale("piotr", "pl");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void each_partner_gets_a_one_page_pdf_of_its_own_figures_in_its_editors_language_and_never_another_partners() throws Exception {
        String a = campaign("claire", "rapport-a", "fr", "Campagne du rapport A");
        String b = campaign("piotr", "raport-b", "pl", "Kampania raportu B");
        f.services.publishing.publication.publish(Actor.SYSTEM, "campaign", a, List.of("fr"), "", true);
        f.services.publishing.publication.publish(Actor.SYSTEM, "campaign", b, List.of("pl"), "", true);
        int viewsA = 7;
        int viewsB = 3;
        for (int i = 0; i < viewsA; i++) assertEquals(200, visit("/fr/campaigns/rapport-a", PERSON).statusCode());
        for (int i = 0; i < viewsB; i++) assertEquals(200, visit("/pl/campaigns/raport-b", PERSON).statusCode());
        visit("/fr/campaigns/rapport-a", ROBOT);
        visit("/fr/campaigns/rapport-a", PERSON, "Sec-GPC", "1");
        awaitCsvTotal(f.admin(), "/editor/campaigns/reach.csv", "page", viewsA + viewsB);

        EditorClient claire = f.signIn("claire");
        Matcher link = Pattern.compile("id=\"dissemination-report\" href=\"([^\"]+)\"").matcher(claire.get("/editor/campaigns").body());
        assertTrue(link.find(), "the dashboard links to the report");
        HttpResponse<byte[]> pdfA = claire.bytes(link.group(1).replace("&amp;", "&"));
        assertEquals(200, pdfA.statusCode());
        assertEquals("application/pdf", pdfA.headers().firstValue("Content-Type").orElse(""));
        String textA = text(pdfA.body(), 1);
        assertTrue(textA.contains("Έκθεση διάδοσης"), "in Greek, claire's language: " + textA);
        assertTrue(textA.contains("Partner A"), "partner A's report: " + textA);
        assertTrue(row(textA, "Campagne du rapport A").contains(" " + viewsA + " "), "the campaign's views: " + textA);
        assertTrue(textA.contains("Προβολές σελίδων " + viewsA), "the total page views of partner A: " + textA);
        assertFalse(textA.contains("Kampania raportu B"), "nothing of partner B");

        EditorClient piotr = f.signIn("piotr");
        String textB = text(piotr.bytes("/editor/campaigns/report.pdf?partner=" + f.partnerB).body(), 1);
        assertTrue(textB.contains("Raport z upowszechniania") && textB.contains("Wyświetlenia stron " + viewsB), "in Polish, partner B's figures: " + textB);
        assertFalse(textB.contains("Campagne du rapport A"));
        HttpResponse<byte[]> refused = piotr.bytes("/editor/campaigns/report.pdf?partner=" + f.partnerA);
        assertEquals(403, refused.statusCode(), "another partner's report is refused");
        assertFalse(new String(refused.body(), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));

        String overall = text(f.admin().bytes("/editor/campaigns/report.pdf").body(), 1);
        assertTrue(overall.contains("Dissemination report") && overall.contains("Page views " + (viewsA + viewsB)), overall);
        assertTrue(text(f.admin().bytes("/editor/campaigns/report.pdf?partner=" + f.partnerA).body(), 1).contains("Page views " + viewsA));
        int anonymous = f.client().bytes("/editor/campaigns/report.pdf").statusCode();
        assertTrue(anonymous == 302 || anonymous == 303 || anonymous == 401, "not signed in: " + anonymous);
    }

    @Test
    void feed_and_api_reads_are_counted_by_language_without_robots_or_gpc() throws Exception {
        Map<String, Long> expected = new HashMap<>();
        String[][] reads = {{"/.rest/delivery/caseStudies?lang=fr", "api fr"}, {"/.rest/delivery/caseStudies?lang=pl", "api pl"},
                {"/.rest/delivery/caseStudies?lang=pl&limit=1", "api pl"}, {"/.rest/delivery/caseStudies?lang=el", "api el"},
                {"/.rest/delivery/caseStudies?lang=all", "api all"}, {"/it/feeds/case-studies.atom", "feed it"},
                {"/el/feeds/events.atom", "feed el"}, {"/el/events.ics", "feed el"}};
        for (String[] r : reads) {
            assertEquals(200, visit(r[0], PERSON).statusCode(), r[0]);
            expected.merge(r[1], 1L, Long::sum);
        }
        assertEquals(200, visit("/.rest/delivery/caseStudies?lang=de", PERSON, "Accept-Language", "de").statusCode());
        expected.merge("api de", 1L, Long::sum);
        visit("/.rest/delivery/caseStudies?lang=fr", ROBOT);
        visit("/.rest/delivery/caseStudies?lang=fr", PERSON, "Sec-GPC", "1");
        visit("/it/feeds/case-studies.atom", PERSON, "Sec-GPC", "1");
        visit("/el/feeds/events.atom", "curl/8.5.0");

        Map<String, Long> counted = new HashMap<>();
        for (int i = 0; i < 50 && !counted.equals(expected); i++) {
            counted.clear();
            String[] lines = f.admin().get("/editor/campaigns/reach.csv").body().split("\r\n");
            for (int j = 1; j < lines.length; j++) {
                String[] cells = lines[j].split(",", -1);
                if (cells[1].equals("api") || cells[1].equals("feed")) counted.merge(cells[1] + " " + cells[3], Long.parseLong(cells[6]), Long::sum);
            }
            if (!counted.equals(expected)) Thread.sleep(100);
        }
        assertEquals(expected, counted, "feed and API reads by language, the robot's and the GPC reads left out");
        String dashboard = f.admin().get("/editor/campaigns").body();
        Matcher table = Pattern.compile("<table id=\"reads-by-language\">.*?</table>", Pattern.DOTALL).matcher(dashboard);
        assertTrue(table.find(), dashboard);
        assertTrue(table.group().contains("lang=\"el\">Ελληνικά</th><td>2</td><td>1</td>"), table.group());
        assertTrue(table.group().contains("lang=\"pl\">Polski</th><td>0</td><td>2</td>"), table.group());
    }

    /** A campaign made by {@code user} (so of their partner) in one language. */
    static String campaign(String user, String slug, String locale, String title) throws Exception {
        return f.create(f.actor(user), "campaign", ("{'sourceLocale':'" + locale + "','properties':{'name':'" + title + "','title':{'" + locale + "':'"
                + title + "'},'slug':{'" + locale + "':'" + slug + "'},'locales':['" + locale + "'],'trackingCode':'" + slug + "'}}")).id();
    }

    static HttpResponse<String> visit(String path, String agent, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(f.server.uri().resolve(path)).header("User-Agent", agent).header("Accept", "text/html");
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the CSV's rows of a kind add up to {@code total} (counting follows the answer). */
    static void awaitCsvTotal(EditorClient c, String csv, String kind, long total) throws Exception {
        long sum = 0;
        for (int i = 0; i < 50 && sum < total; i++) {
            sum = 0;
            String[] lines = c.get(csv).body().split("\r\n");
            for (int j = 1; j < lines.length; j++) {
                String[] cells = lines[j].split(",", -1);
                if (cells[1].equals(kind)) sum += Long.parseLong(cells[6]);
            }
            if (sum < total) Thread.sleep(100);
        }
        assertEquals(total, sum);
    }

    /** The PDF's text on one line; fails unless it has exactly {@code pages} pages. */
    static String text(byte[] pdf, int pages) throws Exception {
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(pages, d.getNumberOfPages(), "one page");
            return " " + new PDFTextStripper().getText(d).replaceAll("\\s+", " ") + " ";
        }
    }

    /** The text from a campaign's title to the end of its table row (its code and figures follow it). */
    static String row(String text, String title) {
        int at = text.indexOf(title);
        assertTrue(at >= 0, title + " in " + text);
        return text.substring(at, Math.min(text.length(), at + title.length() + 40));
    }
}
