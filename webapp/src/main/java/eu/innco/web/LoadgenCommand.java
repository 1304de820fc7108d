package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.web.bench.LoadGenerator;
import eu.innco.web.bench.LoadOptions;
import eu.innco.web.bench.LoadReport;
import java.io.PrintStream;
import java.util.List;

/** {@code loadgen --url U --path P [--method POST --body B] [--header H] --connections C --requests N|--duration S}. */
final class LoadgenCommand {
    private LoadgenCommand() {}

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) throws Exception {
        LoadReport report = new LoadGenerator(LoadOptions.parse(args)).run();
        out.println(report.summary());
        return 0;
    }
}
