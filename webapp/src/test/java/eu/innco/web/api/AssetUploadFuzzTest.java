package eu.innco.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Multipart uploads sent to the real server's {@code POST /.rest/authoring/v1/assets} (started
 * once): the part parser, file names, the file type read from the bytes, image decoding and
 * thumbnails. Every request gets an answer below 500, and every refusal is problem+json, within
 * a bounded time.
 *
 * <p>Corpus: {@code AssetUploadFuzzTestInputs/multipartBody/}; the first line is the request's
 * {@code Content-Type} (with the boundary), the rest is the body, sent byte for byte.
 */
class AssetUploadFuzzTest {
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\x20-\\x7e]{1,300}");
    /** Far above what one upload takes once the server is warm; a slower answer is a hang. */
    private static final Duration PER_INPUT = Duration.ofSeconds(20);
    static InncoServer server;
    static HttpClient client;
    static String authorization;
    /** How often each status was answered: printed at the end, so that a run shows it reached past the refusals. */
    static final Map<Integer, Integer> STATUSES = new ConcurrentSkipListMap<>();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        client = HttpClient.newBuilder().connectTimeout(PER_INPUT).build();
        authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + TestServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        // the first upload and the first refusal load (and, when fuzzing, instrument) hundreds of classes: not a hang
        for (String seed : new String[] {"png-with-alt", "no-file-field"}) {
            byte[] input = AssetUploadFuzzTest.class.getResourceAsStream("AssetUploadFuzzTestInputs/multipartBody/" + seed).readAllBytes();
            client.send(request(input, Duration.ofMinutes(2)), HttpResponse.BodyHandlers.discarding());
        }
    }

    @AfterAll
    static void stop() {
        System.out.println("AssetUploadFuzzTest: statuses answered " + STATUSES);
        if (server != null) server.close();
    }

    @FuzzTest(maxDuration = "25s")
    void multipartBody(byte[] input) throws Exception {
        HttpRequest request = request(input, PER_INPUT);
        HttpResponse<String> r;
        // Jazzer reports every network connection as a possible request forgery; this test's own go to its server
        int port = server.port();
        try (SilentCloseable allowed = BugDetectors.allowNetworkConnections((host, p) -> p == port && isLoopback(host))) {
            r = send(request);
        }
        STATUSES.merge(r.statusCode(), 1, Integer::sum);
        assertTrue(r.statusCode() < 500, () -> r.statusCode() + " " + r.body());
        if (r.statusCode() >= 400) {
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim(),
                    () -> r.statusCode() + " without problem+json: " + r.body());
        }
    }

    /**
     * Sends on the shared client, and once more on a connection of its own when the pooled one turns
     * out closed. A refusal can be answered before the body it refuses has arrived; the server then
     * closes that connection after a complete answer (HTTP allows it), and the client, which had put
     * it back in its pool, does not send a POST again. That is no property of the input that meets it,
     * so the input is tried again; a second failure, or a timeout (a hang), is a finding.
     */
    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            HttpClient fresh = HttpClient.newBuilder().connectTimeout(PER_INPUT).build();
            return fresh.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The first line of the input is the Content-Type, the rest the body. */
    static HttpRequest request(byte[] input, Duration timeout) {
        int newline = indexOf(input, (byte) '\n');
        String contentType = newline < 0 ? "" : new String(input, 0, newline, StandardCharsets.ISO_8859_1).trim();
        // a value the HTTP client refuses to send is no test of the server
        if (!HEADER_VALUE.matcher(contentType).matches()) contentType = "multipart/form-data; boundary=fuzz";
        byte[] body = Arrays.copyOfRange(input, newline + 1, input.length);
        return HttpRequest.newBuilder(URI.create(server.uri() + ".rest/authoring/v1/assets"))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.startsWith("/127.") || host.equals("::1");
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
    }
}
