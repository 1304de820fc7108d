package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.content.ContentService;
import eu.innco.web.bench.DataGenerator;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code generate --items N [--seed S]}: benchmark content in all seven locales, written and published as editors would;
 * {@code --members M}: also (or, without {@code --items}, only) M network members for the map (see MemberGenerator);
 * {@code --exchange N}: likewise N offers and needs of generated members (see ExchangeGenerator).
 */
final class GenerateCommand {
    private GenerateCommand() {}

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        int items = 1000;
        int exchange = 0;
        long seed = 42;
        int members = 0;
        boolean itemsGiven = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--items" -> { items = Integer.parseInt(ExportCommand.value(args, ++i, "--items")); itemsGiven = true; }
                case "--members" -> members = Integer.parseInt(ExportCommand.value(args, ++i, "--members"));
                case "--exchange" -> exchange = Integer.parseInt(ExportCommand.value(args, ++i, "--exchange"));
                case "--seed" -> seed = Long.parseLong(ExportCommand.value(args, ++i, "--seed"));
                default -> throw new IllegalArgumentException("unknown argument '" + args.get(i) + "' for generate");
            }
        }
        if ((members > 0 || exchange > 0) && !itemsGiven) items = 0;
        if (members < 0 || exchange < 0) throw new IllegalArgumentException("--members and --exchange must not be negative");
        if (items != 0 && items < 2) throw new IllegalArgumentException("--items must be at least 2");
        long start = System.nanoTime();
        try (CommandModule m = new CommandModule(settings); var progress = eu.innco.web.progress.ProgressReporter.start("generate", err, settings)) {
            ContentService content = m.content();
            var publication = m.publishing(content).publication;
            if (items > 0) new DataGenerator(content, publication, seed, progress).generate(items, 200);
            if (members > 0) new eu.innco.web.bench.MemberGenerator(content, publication, seed, progress).generate(members, 200);
            if (exchange > 0) new eu.innco.web.bench.ExchangeGenerator(content, publication, seed, progress).generate(exchange, 200);
        }
        out.printf("Generated and published %d items, %d members and %d offers and needs in %d s%n", items, members, exchange,
                (System.nanoTime() - start) / 1_000_000_000L);
        return 0;
    }
}
