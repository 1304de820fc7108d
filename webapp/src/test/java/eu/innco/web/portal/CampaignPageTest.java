package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.share.ShareCard;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped campaign's public page, its share images, and the sharing tags of every page type. */
class CampaignPageTest {
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
    void the_campaign_page_shows_its_message_and_what_it_promotes_in_the_page_language() {
        Http.Res r = PortalSite.html(http, "/fr/campaigns/mieux-travailler-ensemble");
        assertEquals(200, r.status());
        String b = r.body();
        assertTrue(b.contains("<h1>Mieux travailler ensemble : essayez le modèle de conception collaborative</h1>"), b);
        assertTrue(b.contains("Lisez le guide, choisissez une condition"), "the message in French");
        assertTrue(b.contains("href=\"/fr/case-studies/cuisine-partagee-lyon\""), "a promoted case study");
        assertTrue(b.contains("href=\"/fr/events/seminaire-de-cloture-lyon\""), "a promoted event");
        assertTrue(b.contains("href=\"/fr/guide\""), "the promoted guide");
        assertTrue(b.contains("hreflang=\"pl\" href=\"" + PortalSite.base(server) + "/pl/campaigns/lepiej-wspolpracowac\""), "the Polish address");
        assertEquals(301, PortalSite.html(http, "/pl/campaigns/mieux-travailler-ensemble").status(), "another language's slug redirects");
        assertTrue(PortalSite.html(http, "/fr/").body().contains("href=\"/fr/campaigns/mieux-travailler-ensemble\""), "the home page links to it");
    }

    @Test
    void every_page_type_has_open_graph_and_twitter_card_tags_with_an_image() {
        for (String type : PortalSite.ORDER) {
            String b = PortalSite.html(http, PortalSite.PAGE_TYPES.get(type)).body();
            for (String tag : new String[] {"og:title", "og:description", "og:url", "og:image", "og:image:alt", "og:locale"}) {
                assertTrue(b.contains("<meta property=\"" + tag + "\" content=\""), type + " has " + tag);
            }
            for (String tag : new String[] {"twitter:card", "twitter:title", "twitter:image"}) {
                assertTrue(b.contains("<meta name=\"" + tag + "\" content=\""), type + " has " + tag);
            }
        }
    }

    @Test
    void an_item_page_points_to_its_own_share_image_a_1200_by_630_png_in_its_language() throws Exception {
        String fr = imageOf("/fr/case-studies/cuisine-partagee-lyon");
        assertEquals(PortalSite.base(server) + "/fr/share-images/caseStudies/shared-kitchen-lyon.png", fr);
        String el = imageOf("/el/events/seminario-lixis-lyon");
        assertTrue(el.endsWith("/el/share-images/events/closing-seminar-lyon.png"), el);
        HttpResponse<byte[]> png = bytes(fr);
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertEquals(ShareCard.WIDTH, image.getWidth());
        assertEquals(ShareCard.HEIGHT, image.getHeight());
        byte[] greek = bytes(el).body();
        byte[] english = bytes(el.replace("/el/", "/en/")).body();
        assertNotEquals(java.util.Arrays.hashCode(greek), java.util.Arrays.hashCode(english), "each language has its own card");
        String etag = bytes(fr).headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, bytes(fr).headers().firstValue("ETag").orElseThrow(), "the same bytes from the cache");
        assertEquals(404, bytes(PortalSite.base(server) + "/fr/share-images/caseStudies/no-such-item.png").statusCode());
    }

    @Test
    void the_share_card_font_has_every_letter_of_greek_and_polish_titles() {
        ShareCard card = new ShareCard(TestServer.checkout().resolve("light-modules/inn-co/webresources/fonts"));
        assertTrue(card.canDraw("Σεμινάριο λήξης στη Λυών: η συνεργασία ως τρόπος εργασίας"));
        assertTrue(card.canDraw("Wspólna kuchnia: łączą siły, żeby zdobyć zlecenia źródłowe"));
        assertFalse(card.canDraw("共同"), "a script the font lacks is reported, not drawn as boxes unnoticed");
    }

    private static String imageOf(String page) {
        Matcher m = Pattern.compile("<meta property=\"og:image\" content=\"([^\"]+)\">").matcher(PortalSite.html(http, page).body());
        assertTrue(m.find(), page);
        assertNotNull(m.group(1));
        return m.group(1);
    }

    private static HttpResponse<byte[]> bytes(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
