package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The writes of the full-disk test and what each was answered: organisations created and published,
 * 5 MB files uploaded. What was acknowledged (2xx) must be there after every restart.
 */
final class DiskWrites {
    static final String API = "/.rest/authoring/v1/";
    static final int FILE_BYTES = 5_000_000;

    record Organisation(String id, String name, boolean published) {}

    final List<Organisation> organisations = new ArrayList<>();
    final List<String> files = new ArrayList<>();
    final List<String> answers = new ArrayList<>();
    int refused;

    /** One round: an organisation created and published, then a file uploaded; false when the upload was refused. */
    boolean round(URI base, Http admin, int n) throws Exception {
        organisation(admin, n);
        return file(base, n) == 201;
    }

    /** An organisation created, then published in English. */
    void organisation(Http admin, int n) {
        Http.Res created = admin.post(API + "items/organisation",
                Http.j("{'properties': {'name': 'Disk org " + n + "', 'country': 'FR'}}"));
        check(created, 201);
        if (created.status() == 201) {
            String id = created.json().path("id").asText();
            Http.Res published = admin.post(API + "items/organisation/" + id + "/publish", Http.j("{'locales': ['en']}"));
            check(published, 200);
            organisations.add(new Organisation(id, created.json().path("name").asText(), published.status() == 200));
        }
    }

    /** A 5 MB file uploaded; its status. */
    int file(URI base, int n) throws Exception {
        Http.Res uploaded = upload(base, n);
        check(uploaded, 201);
        if (uploaded.status() == 201) files.add(uploaded.json().path("id").asText());
        return uploaded.status();
    }

    /** The code of the last refusal. */
    String lastRefusal() {
        for (int i = answers.size() - 1; i >= 0; i--) {
            if (answers.get(i).startsWith("503")) return answers.get(i);
        }
        return "";
    }

    /** Every answer is the success expected or a 503 problem naming the storage; never a 500. */
    private void check(Http.Res r, int success) {
        answers.add(r.status() + " " + (r.status() == success ? "" : r.body()));
        if (r.status() == success) return;
        assertEquals(503, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.json().path("code").asText().startsWith("INNCO-STORAGE-"), r.body());
        refused++;
    }

    /** Authoring says published exactly when delivery serves it, for every organisation ever created. */
    void assertAuthoringAndDeliveryAgree(Http admin, Http anonymous) {
        for (Organisation o : organisations) {
            JsonNode item = admin.get(API + "items/organisation/" + o.id()).json();
            boolean authoring = !item.path("locales").path("en").path("published").isNull();
            int delivery = anonymous.get("/.rest/delivery/organisations/" + o.name()).status();
            assertEquals(authoring, delivery == 200, o + ": authoring " + item.path("locales").path("en") + ", delivery " + delivery);
        }
    }

    /** Every acknowledged write is there: organisations, their publications, the files with every byte. */
    void assertAllAcknowledgedThere(URI base, Http admin, Http anonymous) throws Exception {
        for (Organisation o : organisations) {
            Http.Res item = admin.get(API + "items/organisation/" + o.id());
            assertEquals(200, item.status(), o + " was acknowledged: " + item.body());
            if (o.published()) {
                assertEquals(200, anonymous.get("/.rest/delivery/organisations/" + o.name()).status(), o + " was published");
            }
        }
        for (String id : files) {
            HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(API.substring(1) + "assets/" + id + "/file"))
                    .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode(), "file " + id);
            assertEquals(FILE_BYTES + 16, file.body().length, "file " + id + " whole");
        }
    }

    private static Http.Res upload(URI base, int n) throws Exception {
        String boundary = "----innco-disk-" + System.nanoTime();
        byte[] pdf = new byte[FILE_BYTES];
        new Random(n).nextBytes(pdf);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nFile " + n + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file-" + n + ".pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\n%%EOF\n\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(API.substring(1) + "assets"))
                .header("Authorization", basic()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return new Http.Res(r);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + TestServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
