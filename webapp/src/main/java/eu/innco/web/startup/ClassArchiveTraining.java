package eu.innco.web.startup;

import eu.innco.config.Settings;
import eu.innco.web.InncoServer;
import eu.innco.web.ServerConfig;
import eu.innco.web.warmup.WarmUp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The run that the build makes the jar's class-data archive from (issue 18: a start under 3 s).
 * Some 10,000 classes are read from the jar, parsed and verified at every start; a JVM started with
 * {@code -XX:ArchiveClassesAtExit} writes the classes it loaded into an archive as it exits, and a
 * start that names that archive maps them ready-made. This run loads what a start and its first
 * readers load: a first start that imports the INN-CO content into a new home, then a second start
 * on that home as every later start is, each followed by the hot read paths and the portal's pages
 * (in process and over a real socket). It reads nothing from the environment: the build's own
 * {@code INNCO_*} variables must not point it at a real home.
 *
 * <p>{@code java -XX:ArchiveClassesAtExit=inn-co.jsa -cp inn-co.jar eu.innco.web.startup.ClassArchiveTraining HOME}
 * (HOME is made and deleted); exit code 0 when both starts served their pages.
 */
public final class ClassArchiveTraining {
    private static final List<String> PAGES = List.of("/.rest/health", "/en/", "/fr/case-studies", "/pl/join",
            "/el/check-up", "/en/map", "/sitemap.xml", "/.rest/delivery/organisations?lang=it&limit=3",
            "/.rest/openapi.json", "/editor/login", "/.rest/delivery/caseStudies?lang=zz");

    private ClassArchiveTraining() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ClassArchiveTraining HOME (a folder it may create and delete)");
            System.exit(2);
        }
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        eu.innco.web.FolderTrees.delete(home);
        ClassPreload.begin();
        Settings settings = Settings.of(Map.of("INNCO_HOME", home.toString(), "INNCO_PORT", "0", "INNCO_HOST", "127.0.0.1",
                "INNCO_ADMIN_PASSWORD", HexFormat.of().formatHex(new SecureRandom().generateSeed(16)),
                "INNCO_WARMUP_SECONDS", "0"));
        int failures = 0;
        for (int start = 1; start <= 2; start++) failures += startAndRead(ServerConfig.from(settings));
        eu.innco.web.FolderTrees.delete(home);
        System.out.println("Class-archive training: " + (failures == 0 ? "done" : failures + " page(s) failed"));
        // the archive is written as the JVM exits, whatever threads a library left behind
        System.exit(failures == 0 ? 0 : 1);
    }

    /** One start, its readers and its stop; the number of pages that did not answer as expected. */
    private static int startAndRead(ServerConfig config) throws Exception {
        try (InncoServer server = InncoServer.start(config)) {
            new WarmUp(server::inProcess, server.services().locales.locales(), 60, 120).run();
            int failures = 0;
            for (String page : PAGES) {
                int status = statusOverSocket(server.port(), page);
                boolean expected = page.endsWith("lang=zz") ? status == 400 : status == 200;
                if (!expected) {
                    System.err.println("Class-archive training: " + page + " answered " + status);
                    failures++;
                }
            }
            return failures;
        }
    }

    /** A plain HTTP/1.1 GET on a socket of its own, so that the real connector's classes are loaded too. */
    private static int statusOverSocket(int port, String path) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String[] line = response.split(" ", 3);
            return line.length > 1 && line[0].startsWith("HTTP/") ? Integer.parseInt(line[1]) : -1;
        }
    }
}
