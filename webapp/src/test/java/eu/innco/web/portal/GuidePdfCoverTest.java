package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the guide's PDF opens on a cover with the EU emblem and the co-funding statement in the
 * reader's language, then a table of contents whose every line is different and points to a page.
 */
class GuidePdfCoverTest {
    static InncoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static PDDocument pdf(String locale) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                server.uri().resolve("/" + locale + "/guide.pdf")).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return Loader.loadPDF(r.body());
    }

    static String text(PDDocument d, int from, int to) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(d);
    }

    static List<PDImageXObject> images(PDPage page) throws Exception {
        List<PDImageXObject> out = new ArrayList<>();
        for (COSName n : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(n) instanceof PDImageXObject img) out.add(img);
        }
        return out;
    }

    @Test
    void the_cover_carries_the_emblem_and_the_funding_statement_in_each_language() throws Exception {
        String[][] expected = {
            {"en", "Co-funded by the Erasmus+ programme of the European Union"},
            {"fr", "Cofinancé par le programme Erasmus+ de l’Union européenne"},
            {"pl", "Współfinansowane w ramach programu Erasmus+ Unii Europejskiej"},
            {"el", "Με τη συγχρηματοδότηση του προγράμματος Erasmus+ της Ευρωπαϊκής Ένωσης"},
        };
        for (String[] e : expected) {
            try (PDDocument d = pdf(e[0])) {
                String cover = text(d, 1, 1).replaceAll("\\s+", " ");
                assertTrue(cover.contains(e[1]), e[0] + ": " + cover);
                List<PDImageXObject> imgs = images(d.getPage(0));
                assertEquals(1, imgs.size(), e[0] + ": the emblem, and only it, on the cover");
                assertEquals(3 * imgs.get(0).getHeight(), 2 * imgs.get(0).getWidth(), "the emblem's 3:2 proportions");
                assertTrue(!cover.contains(chapterOneTitle(d)), "the contents are not on the cover");
            }
        }
    }

    private static String chapterOneTitle(PDDocument d) throws Exception {
        Matcher m = Pattern.compile("(?m)^1\\. (.+)$").matcher(text(d, 3, 3));
        assertTrue(m.find(), "the first chapter starts on page 3");
        return m.group(1).trim();
    }

    @Test
    void the_table_of_contents_lists_each_part_once_with_its_page() throws Exception {
        for (String locale : new String[] {"en", "fr", "el"}) {
            try (PDDocument d = pdf(locale)) {
                String contents = text(d, 2, 2);
                Matcher m = Pattern.compile("(?m)^(.*?\\S)\\s*[. ]*\\s(\\d+)\\s*$").matcher(contents);
                List<String> titles = new ArrayList<>();
                List<Integer> pages = new ArrayList<>();
                while (m.find()) {
                    String title = m.group(1).replaceAll("[ .]+$", "").trim();
                    if (title.matches("\\d+ /")) continue; // the page footer, "2 / 20"
                    titles.add(title);
                    pages.add(Integer.parseInt(m.group(2)));
                }
                assertTrue(titles.size() >= 7, locale + ": " + contents);
                Set<String> distinct = new HashSet<>(titles);
                assertEquals(titles.size(), distinct.size(), locale + ": a heading repeated in " + titles);
                for (int i = 1; i < pages.size(); i++) assertTrue(pages.get(i) > pages.get(i - 1), locale + ": pages go up " + pages);
                assertEquals(3, pages.get(0), locale + ": the first chapter follows the contents");
                assertTrue(pages.get(pages.size() - 1) <= d.getNumberOfPages());
            }
        }
    }
}
