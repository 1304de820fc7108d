package eu.innco.web.editor;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import eu.innco.web.TestServer;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Debian's nginx in the foreground with a private configuration on loopback, in front of servers of a
 * cluster: the site's configuration is docs/deployment/nginx-innco.conf, with this test's servers and port.
 * Runs when the build names the binary ({@code -Dinnco.test.nginx=/usr/sbin/nginx}).
 */
final class NginxProxy implements AutoCloseable {
    private final Process process;
    private final URI uri;
    private final Path dir;

    private NginxProxy(Process process, URI uri, Path dir) {
        this.process = process;
        this.uri = uri;
        this.dir = dir;
    }

    /** The nginx binary the build names, or null. */
    static String binary() {
        String b = System.getProperty("innco.test.nginx", "");
        return b.isBlank() ? null : b;
    }

    static NginxProxy start(Path dir, List<URI> servers) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // the guide's file with this test's servers and port in place of the example's
        StringBuilder upstream = new StringBuilder();
        for (URI u : servers) upstream.append("    server 127.0.0.1:").append(u.getPort()).append(" max_fails=1 fail_timeout=10s;\n");
        String guide = Files.readString(TestServer.checkout().resolve("docs/deployment/nginx-innco.conf"));
        String site = guide.replaceFirst("(?m)(^    server 10\\.0\\.0\\.\\d+:8080[^\n]*\n)+", Matcher.quoteReplacement(upstream.toString()))
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
        if (site.contains("10.0.0.") || !site.contains("listen 127.0.0.1:")) throw new IllegalStateException("the guide's file changed shape: " + site);
        Files.writeString(dir.resolve("innco.conf"), site);
        Files.writeString(dir.resolve("nginx.conf"), Files.readString(Path.of(NginxProxy.class.getResource("/deployment/nginx-test.conf").toURI()))
                .replace("@DIR@", dir.toString()));
        Process p = new ProcessBuilder(binary(), "-p", dir.toString(), "-e", dir.resolve("error.log").toString(), "-c",
                dir.resolve("nginx.conf").toString()).redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return new NginxProxy(p, URI.create("http://127.0.0.1:" + port + "/"), dir);
            } catch (IOException e) {
                if (!p.isAlive()) break;
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("nginx.out")) + read(dir.resolve("error.log")));
    }

    URI uri() {
        return uri;
    }

    String errors() throws IOException {
        return read(dir.resolve("error.log"));
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }

    @Override
    public void close() throws Exception {
        process.destroy(); // SIGTERM: nginx's fast stop
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
