package eu.innco.web;

import java.io.PrintStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code serve} command: start, print the configuration and URL, stop cleanly on SIGTERM. */
final class Serve {
    private static final Logger LOG = LoggerFactory.getLogger(Serve.class);

    private Serve() {}

    static void run(ServerConfig config, PrintStream out) {
        long start = System.nanoTime();
        InncoServer server;
        try {
            server = InncoServer.start(config);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("the server could not start: " + e.getMessage(), e);
        }
        Services s = server.services();
        // before "ready": a SIGTERM right after it must drain, not cut connections, and a backup may begin at once
        java.util.Optional<BackupSocket> backups = config.repository().store() == eu.innco.repository.StoreKind.SEGMENT
                ? BackupSocket.open(config.repository().home(), s.repository) : java.util.Optional.empty();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping: draining requests, then closing the repository");
            backups.ifPresent(BackupSocket::close);
            server.close();
        }, "innco-shutdown"));
        StringBuilder sb = new StringBuilder("Configuration:\n");
        for (Map.Entry<String, String> e : config.describe(s.lightModules, s.contentExports).entrySet()) {
            sb.append(String.format("  %-28s %s%n", e.getKey(), e.getValue()));
        }
        out.print(sb);
        s.generatedAdminPassword.ifPresent(p -> out.println("""

                First start: created the user 'admin' with this generated password (shown only now):
                    %s
                Set INNCO_ADMIN_PASSWORD before the first start to choose it instead.
                """.formatted(p)));
        out.printf("INN-CO Publishing %s ready in %d ms at %s%n", Version.VALUE, (System.nanoTime() - start) / 1_000_000, server.uri());
        out.flush();
        LOG.info("Start-up: {}", s.phases.summary());
        new eu.innco.web.warmup.WarmUp(server::inProcess, s.locales.locales(), config.settings().getLong("INNCO_WARMUP_SECONDS", 20), 20_000)
                .startInBackground();
    }
}
