package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 20: every workshop material has a worksheet to download, a PDF made from its content in each language. */
class MaterialSheetTest {
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_material_page_links_its_worksheet_and_the_pdf_is_made_from_the_content_in_the_pages_language() throws Exception {
        Http.Res page = PortalSite.html(http, "/fr/materials/fiche-carte-collaborative");
        assertTrue(page.body().contains("<a href=\"/fr/materials/fiche-carte-collaborative.pdf\" type=\"application/pdf\">Fiche à imprimer (PDF)</a>"),
                page.body());
        HttpResponse<byte[]> pdf = get("/fr/materials/fiche-carte-collaborative.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = text(pdf.body());
        assertTrue(text.contains("Fiche de travail : inscrire votre structure sur la carte collaborative"), text);
        assertTrue(text.contains("Décrire l'activité de la structure"), text);
        assertTrue(text.contains("Cofinancé par le programme Erasmus+"), text);
    }

    @Test
    void in_a_language_the_material_is_not_in_the_sheet_says_so_in_the_readers_language_and_shows_the_fallback() throws Exception {
        String text = text(get("/el/materials/collaborative-map-worksheet.pdf").body());
        assertTrue(text.contains("Worksheet: putting your organisation on the collaborative map"), text);
        assertTrue(text.contains("Με τη συγχρηματοδότηση"), "the reader's own language around the English text: " + text);
    }

    @Test
    void a_slug_of_another_language_redirects_to_the_sheet_at_the_pages_address() throws Exception {
        HttpResponse<byte[]> r = get("/nl/materials/fiche-carte-collaborative.pdf");
        assertEquals(301, r.statusCode());
        assertEquals("/nl/materials/werkblad-samenwerkingskaart.pdf", java.net.URI.create(r.headers().firstValue("Location").orElse("")).getPath());
        assertEquals(404, get("/nl/materials/no-such-material.pdf").statusCode());
    }
}
