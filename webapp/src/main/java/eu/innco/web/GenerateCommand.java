package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.content.ContentService;
import eu.innco.web.bench.DataGenerator;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code generate --items N [--seed S]}: benchmark content in all seven locales, written and published as editors would;
 * {@code generate --exchange N}: N offers and needs of generated members instead (see ExchangeGenerator).
 */
final class GenerateCommand {
    private GenerateCommand() {}

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        int items = 1000;
        int exchange = 0;
        long seed = 42;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--items" -> items = Integer.parseInt(ExportCommand.value(args, ++i, "--items"));
                case "--exchange" -> exchange = Integer.parseInt(ExportCommand.value(args, ++i, "--exchange"));
                case "--seed" -> seed = Long.parseLong(ExportCommand.value(args, ++i, "--seed"));
                default -> throw new IllegalArgumentException("unknown argument '" + args.get(i) + "' for generate");
            }
        }
        if (items < 2) throw new IllegalArgumentException("--items must be at least 2");
        long start = System.nanoTime();
        try (CommandModule m = new CommandModule(settings)) {
            ContentService content = m.content();
            if (exchange > 0) new eu.innco.web.bench.ExchangeGenerator(content, m.publishing(content).publication, seed, out).generate(exchange, 200);
            else new DataGenerator(content, m.publishing(content).publication, seed, out).generate(items, 200);
        }
        out.printf("Generated and published %d items in %d s%n", exchange > 0 ? exchange : items, (System.nanoTime() - start) / 1_000_000_000L);
        return 0;
    }
}
