package eu.innco.web;

import eu.innco.web.bench.LoadGenerator;
import eu.innco.web.bench.LoadOptions;
import eu.innco.web.bench.LoadReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * {@code loadgen --url U --path P [--method POST --body B] [--header H] --connections C --requests N|--duration S}:
 * the benchmarks' load generator. Its options are read by {@link LoadOptions}, which the benchmark
 * scripts share; picocli hands them over as given.
 */
@Command(name = "loadgen", description = "Measure an HTTP server: loadgen --url U --path P [--method POST --body B] [--header 'Name: value']"
        + " --connections C (--requests N | --duration S) [--warmup S] [--warmup-path P]. {n} in a path or body is replaced"
        + " by the request number, {n:W} by the same zero-padded to W digits (see docs/benchmarks.md).")
final class LoadgenCommand implements Callable<Integer> {
    @ParentCommand Cli cli;
    @Unmatched List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        LoadReport report = new LoadGenerator(LoadOptions.parse(args)).run();
        cli.out.println(report.summary());
        return 0;
    }
}
