package eu.innco.web;

import eu.innco.content.ItemNodes;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.EndpointLoader;
import eu.innco.publishing.LiveReader;
import eu.innco.repository.StoreKind;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code reindex}: rebuilds the delivery index ({@code $INNCO_HOME/index}) from the published content; the server must be stopped. */
@Command(name = "reindex", description = "Rebuild the delivery index ($INNCO_HOME/index) from the published content (server stopped).")
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand Cli cli;
    @Mixin HelpOption help;

    @Override
    public Integer call() {
        try (CommandModule m = new CommandModule(cli.settings)) {
            if (m.repository.kind() == StoreKind.MEMORY) {
                cli.err.println("inn-co: the memory store has no index on disk; every start builds it in memory.");
                return Cli.USAGE;
            }
            Path folder = m.repository.config().home().resolve("index");
            long start = System.nanoTime();
            long docs;
            try (var progress = eu.innco.web.progress.ProgressReporter.start("reindex", cli.err, cli.settings)) {
                docs = DeliveryService.reindex(m.repository, m.types, m.locales, EndpointLoader.load(m.lightModules, m.types),
                        new LiveReader(m.repository, m.types, m.locales, new ItemNodes(m.locales)), folder, progress);
            }
            cli.out.printf("Reindexed %d documents into %s in %d ms%n", docs, folder.toAbsolutePath().normalize(), (System.nanoTime() - start) / 1_000_000);
        }
        return 0;
    }
}
