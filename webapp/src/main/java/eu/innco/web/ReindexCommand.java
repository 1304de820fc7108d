package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.content.ItemNodes;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.EndpointLoader;
import eu.innco.publishing.LiveReader;
import eu.innco.repository.StoreKind;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code reindex}: rebuilds the delivery index ({@code $INNCO_HOME/index}) from the published content; the server must be stopped. */
final class ReindexCommand {
    private ReindexCommand() {}

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) throw new IllegalArgumentException("reindex takes no arguments");
        try (CommandModule m = new CommandModule(settings)) {
            if (m.repository.kind() == StoreKind.MEMORY) {
                err.println("inn-co: the memory store has no index on disk; every start builds it in memory.");
                return 2;
            }
            Path folder = m.repository.config().home().resolve("index");
            long start = System.nanoTime();
            long docs;
            try (var progress = eu.innco.web.progress.ProgressReporter.start("reindex", err, settings)) {
                docs = DeliveryService.reindex(m.repository, m.types, m.locales, EndpointLoader.load(m.lightModules, m.types),
                        new LiveReader(m.repository, m.types, m.locales, new ItemNodes(m.locales)), folder, progress);
            }
            out.printf("Reindexed %d documents into %s in %d ms%n", docs, folder.toAbsolutePath().normalize(), (System.nanoTime() - start) / 1_000_000);
        }
        return 0;
    }
}
