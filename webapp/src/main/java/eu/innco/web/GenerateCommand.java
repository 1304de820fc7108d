package eu.innco.web;

import eu.innco.content.ContentService;
import eu.innco.web.bench.DataGenerator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code generate --items N [--seed S]}: benchmark content in all seven locales, written and published as editors would;
 * {@code --members M}: also (or, without {@code --items}, only) M network members for the map (see MemberGenerator);
 * {@code --exchange N}: likewise N offers and needs of generated members (see ExchangeGenerator).
 */
@Command(name = "generate", description = "Write and publish benchmark content (half organisations across Europe, half case studies, seven locales).")
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand Cli cli;
    @Mixin HelpOption help;
    @Option(names = "--items", paramLabel = "N", description = "items to write (1000; none when only --members or --exchange is given)")
    Integer items;
    @Option(names = "--members", paramLabel = "M", description = "network members for the map") int members;
    @Option(names = "--exchange", paramLabel = "N", description = "offers and needs of generated members") int exchange;
    @Option(names = "--seed", paramLabel = "S", description = "the random seed (42)") long seed = 42;

    @Override
    public Integer call() {
        int count = items != null ? items : (members > 0 || exchange > 0) ? 0 : 1000;
        if (members < 0 || exchange < 0) throw new IllegalArgumentException("--members and --exchange must not be negative");
        if (count != 0 && count < 2) throw new IllegalArgumentException("--items must be at least 2");
        long start = System.nanoTime();
        try (CommandModule m = new CommandModule(cli.settings);
             var progress = eu.innco.web.progress.ProgressReporter.start("generate", cli.err, cli.settings)) {
            // defined while the repository is still empty: on the server's first start it would be filled by a walk of everything generated
            eu.innco.i18n.slug.SlugResolver.installIndex(m.repository, m.locales);
            ContentService content = m.content();
            var publication = m.publishing(content).publication;
            if (count > 0) new DataGenerator(content, publication, seed, progress).generate(count, 200);
            if (members > 0) new eu.innco.web.bench.MemberGenerator(content, publication, seed, progress).generate(members, 200);
            if (exchange > 0) new eu.innco.web.bench.ExchangeGenerator(content, publication, seed, progress).generate(exchange, 200);
        }
        cli.out.printf("Generated and published %d items, %d members and %d offers and needs in %d s%n", count, members, exchange,
                (System.nanoTime() - start) / 1_000_000_000L);
        return 0;
    }
}
