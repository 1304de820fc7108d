package eu.innco.web;

import eu.innco.config.Settings;
import java.io.PrintStream;
import java.util.List;

/** One command of the command line ({@code serve}, {@code create-user}, ...). */
interface Command {
    /** Runs the command; the result is the process exit code. */
    int run(List<String> args, Settings settings, PrintStream out, PrintStream err) throws Exception;
}
