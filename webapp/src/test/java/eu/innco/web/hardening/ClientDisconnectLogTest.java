package eu.innco.web.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.innco.web.ChildServer;
import eu.innco.web.Http;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A visitor who closes the tab in the middle of a download is not the server's fault: the server's
 * own log (read from a child server's output) shows no error or warning for it.
 */
class ClientDisconnectLogTest {
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(("admin:" + eu.innco.web.TestServer.ADMIN_PASSWORD)
            .getBytes(StandardCharsets.UTF_8));

    @Test
    void a_client_that_goes_away_mid_download_is_not_logged_as_an_error() throws Exception {
        Path home = Files.createTempDirectory("innco-disconnect");
        try (ChildServer child = ChildServer.start(home, Map.of("INNCO_STORE", "memory"))) {
            String id = uploadLargeText(child);
            int before = child.log().length();
            for (int i = 0; i < 3; i++) readSomeThenReset(child, "/.rest/authoring/v1/assets/" + id + "/file");
            // the server is fine and has finished with the aborted answers
            Thread.sleep(1500);
            assertEquals(200, new Http(child.uri()).get("/.rest/health").status());
            String after = child.log().substring(before);
            assertFalse(after.contains("ERROR") || after.contains("WARN") || after.contains("Exception"),
                    "the server logged the client's disconnect:\n" + after);
        }
    }

    /** An 8 MB text file: larger than what the sockets' buffers hold, so the server is still writing when the client leaves. */
    private static String uploadLargeText(ChildServer child) throws Exception {
        String boundary = "----innco-disconnect";
        byte[] text = "INN-CO notes, line after line.\n".repeat(270_000).getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(text);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(child.uri().resolve(".rest/authoring/v1/assets"))
                .header("Authorization", ADMIN).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        return Http.JSON.readTree(r.body()).path("id").asText();
    }

    /** Reads the first bytes of the answer, then resets the connection, as a browser tab being closed does. */
    private static void readSomeThenReset(ChildServer child, String path) throws Exception {
        try (Socket s = new Socket()) {
            s.setReceiveBufferSize(4096);
            s.connect(new InetSocketAddress(child.uri().getHost(), child.uri().getPort()));
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + child.uri().getAuthority() + "\r\nAuthorization: " + ADMIN
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            InputStream in = s.getInputStream();
            in.readNBytes(16 * 1024);
            Thread.sleep(300);
            s.setSoLinger(true, 0);
        }
    }
}
