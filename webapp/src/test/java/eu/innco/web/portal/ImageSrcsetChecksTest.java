package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.browser.Browser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The portal's images carry a {@code srcset} of the widths the light module allows and a
 * {@code sizes}, every address in it answers with an image of that width, and the pages stay clean
 * under the Nu Html Checker and axe-core.
 */
class ImageSrcsetChecksTest {
    static InncoServer server;
    static Http http;
    static String caseStudyPage;
    static String organisationPage;
    static String image;
    static String logo;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        Http admin = http.admin();
        image = publishedImage("atelier cuisine.png", 1600, 900, "Deux cuisinières devant un four");
        logo = publishedImage("logo.png", 400, 400, "Logo de La Ruche");
        String cs = admin.post("/.rest/authoring/v1/items/caseStudy", Http.j("""
                {'properties': {'title': {'fr': 'Une cuisine partagée en images'}, 'country': 'FR', 'images': ['%s']}}""".formatted(image)))
                .json().path("id").asText();
        assertEquals(200, admin.post("/.rest/authoring/v1/items/caseStudy/" + cs + "/publish", "{\"locales\": [\"fr\"]}").status());
        String org = admin.post("/.rest/authoring/v1/items/organisation", Http.j("""
                {'properties': {'name': 'La Ruche', 'country': 'FR', 'logo': '%s'}}""".formatted(logo))).json().path("id").asText();
        assertEquals(200, admin.post("/.rest/authoring/v1/items/organisation/" + org + "/publish", "{\"locales\": [\"fr\"]}").status());
        caseStudyPage = "/fr/case-studies/" + slug("caseStudies", cs);
        organisationPage = "/fr/organisations/" + slug("organisations", org);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void case_study_images_and_organisation_logos_have_a_srcset_whose_every_address_serves_its_width() throws Exception {
        String cs = PortalSite.html(http, caseStudyPage).body();
        assertTrue(cs.contains(" srcset=\"/dam/" + image + "/atelier%20cuisine.png?w=320 320w, /dam/" + image + "/atelier%20cuisine.png?w=640 640w,"), cs);
        assertTrue(cs.contains("sizes=\"(min-width: 72rem) 70rem, 100vw\""), cs);
        String org = PortalSite.html(http, organisationPage).body();
        assertTrue(org.contains("<img class=\"org-logo\" src=\"/dam/" + logo + "/renditions/thumbnail\" alt=\"Logo de La Ruche\""), org);
        assertTrue(org.contains("sizes=\"10rem\""), org);

        Matcher m = Pattern.compile("srcset=\"([^\"]+)\"").matcher(cs);
        assertTrue(m.find());
        for (String candidate : m.group(1).split(", ")) {
            String[] parts = candidate.split(" ");
            int width = Integer.parseInt(parts[1].replace("w", ""));
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(server.uri().resolve(parts[0])).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), parts[0]);
            assertEquals(Math.min(width, 1600), ImageIO.read(new ByteArrayInputStream(r.body())).getWidth(), parts[0]);
        }
    }

    @Test
    void pages_with_images_pass_the_nu_html_checker_and_axe_core() throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (HtmlChecker checker = new HtmlChecker()) {
            for (String page : List.of(caseStudyPage, organisationPage)) {
                List<String> errors = checker.errors(PortalSite.html(http, page).body());
                if (!errors.isEmpty()) found.put("nu " + page, errors);
            }
        }
        WebDriver browser = Browser.start();
        try {
            String axe = PortalChecksTest.axeSource();
            for (String page : List.of(caseStudyPage, organisationPage)) {
                browser.get(PortalSite.base(server) + page);
                List<String> v = PortalChecksTest.violations(browser, axe);
                if (!v.isEmpty()) found.put("axe " + page, v);
            }
        } finally {
            browser.quit();
        }
        assertEquals(Map.of(), found);
    }

    private static String publishedImage(String name, int w, int h, String alt) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", png);
        String id = server.services().assets.upload(eu.innco.security.Actor.SYSTEM, name, new ByteArrayInputStream(png.toByteArray()), "fr",
                name, alt).id();
        assertEquals(200, http.admin().post("/.rest/authoring/v1/items/asset/" + id + "/publish", "{\"locales\": [\"fr\"]}").status());
        return id;
    }

    private static String slug(String endpoint, String id) {
        var node = http.get("/.rest/delivery/" + endpoint + "@" + id + "?lang=fr").json();
        return node.path("slug").asText(node.path("@name").asText());
    }
}
