package eu.innco.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code PUT /assets/{id}/file} over HTTP: If-Match required, checked like an upload, the old file kept whole when refused. */
class AssetFileReplaceTest {
    private static final String API = ".rest/authoring/v1/";
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
    void a_file_is_replaced_with_its_etag_and_a_refused_replacement_changes_nothing() throws Exception {
        HttpResponse<String> created = send("POST", "assets", null, "notes.txt", "first version\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(201, created.statusCode(), created.body());
        String id = Http.JSON.readTree(created.body()).path("id").asText();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> noEtag = send("PUT", "assets/" + id + "/file", null, "notes.txt", "second\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(428, noEtag.statusCode(), noEtag.body());
        HttpResponse<String> noAlt = send("PUT", "assets/" + id + "/file", etag, "map.png", png(), null);
        assertEquals(400, noAlt.statusCode(), noAlt.body());
        assertEquals("INNCO-ASSET-001", Http.JSON.readTree(noAlt.body()).path("code").asText());
        assertEquals("application/problem+json", noAlt.headers().firstValue("Content-Type").orElse(""));
        assertEquals("first version\n", admin.get("/" + API + "assets/" + id + "/file").body(), "the refused image left the old file whole");

        HttpResponse<String> replaced = send("PUT", "assets/" + id + "/file", etag, "map.png", png(), "A green field");
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("image/png", Http.JSON.readTree(replaced.body()).path("properties").path("mimeType").asText());
        assertEquals("image/png", admin.get("/" + API + "assets/" + id + "/file?rendition=thumbnail").contentType());
        HttpResponse<String> stale = send("PUT", "assets/" + id + "/file", etag, "notes.txt", "third\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(412, stale.statusCode(), stale.body());
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A multipart form with the file and, when given, an alt text, as the admin. */
    private static HttpResponse<String> send(String method, String path, String ifMatch, String name, byte[] bytes, String alt) throws Exception {
        String boundary = "----innco-replace";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (alt != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n" + alt + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + TestServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path.startsWith("assets") ? API + path : path))
                .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (ifMatch != null) b.header("If-Match", ifMatch);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
