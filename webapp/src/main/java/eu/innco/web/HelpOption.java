package eu.innco.web;

import picocli.CommandLine.Option;

/** {@code -h} / {@code --help} on every command: its options, without running it. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this command's options.")
    boolean help;
}
