package eu.innco.web.hardening;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** File names in any script survive an upload byte for byte, and come back in Content-Disposition as RFC 6266 says. */
class UploadFileNamesTest {
    private static final String API = "/.rest/authoring/v1/";
    private static final String NAME = "Éducation populaire – Łódź ελληνικά.txt";
    private static InncoServer server;
    private static Http admin;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        admin = new Http(server.uri()).admin();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void a_raw_utf8_file_name_is_kept_exactly() throws Exception {
        String id = upload("form-data; name=\"file\"; filename=\"" + NAME + "\"");
        assertEquals(NAME, admin.get(API + "items/asset/" + id).json().path("properties").path("fileName").asText());
    }

    @Test
    void an_rfc_5987_extended_file_name_wins_over_the_plain_one() throws Exception {
        String encoded = java.net.URLEncoder.encode(NAME, StandardCharsets.UTF_8).replace("+", "%20");
        String id = upload("form-data; name=\"file\"; filename=\"Education.txt\"; filename*=UTF-8''" + encoded);
        assertEquals(NAME, admin.get(API + "items/asset/" + id).json().path("properties").path("fileName").asText());
    }

    @Test
    void the_draft_and_the_published_file_name_the_file_in_content_disposition() throws Exception {
        String id = upload("form-data; name=\"file\"; filename=\"" + NAME + "\"");
        String draft = admin.get(API + "assets/" + id + "/file").header("Content-Disposition");
        assertEquals(NAME, extendedName(draft), draft);
        Http.Res publish = admin.post(API + "items/asset/" + id + "/publish", j("{}"));
        assertEquals(200, publish.status(), publish.body());
        Http.Res dam = new Http(server.uri()).get("/dam/" + id + "/" + java.net.URLEncoder.encode(NAME, StandardCharsets.UTF_8).replace("+", "%20"));
        assertEquals(200, dam.status(), dam.body());
        String published = dam.header("Content-Disposition");
        assertEquals(NAME, extendedName(published), published);
        // the plain filename is only ASCII, for clients that do not read filename*
        Matcher plain = Pattern.compile("filename=\"([^\"]*)\"").matcher(published);
        assertTrue(plain.find(), published);
        assertTrue(plain.group(1).chars().allMatch(c -> c >= 0x20 && c < 0x7f), published);
    }

    /** The decoded {@code filename*} of a Content-Disposition header (RFC 6266, RFC 8187). */
    private static String extendedName(String header) {
        Matcher m = Pattern.compile("filename\\*=UTF-8''([^;\\s]+)").matcher(header == null ? "" : header);
        assertTrue(m.find(), "no filename* in " + header);
        return URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** A multipart upload whose file part has exactly this Content-Disposition, sent as UTF-8 bytes. */
    private static String upload(String disposition) throws Exception {
        String boundary = "----innco-names";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nNotes\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes("Des notes.\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + TestServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(API.substring(1) + "assets"))
                .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        return Http.JSON.readTree(r.body()).path("id").asText();
    }
}
