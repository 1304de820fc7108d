package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.config.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's help and its refusals of bad arguments: a message naming what is wrong, exit code 2, no stack trace. */
class CommandLineTest {
    record Run(int code, String out, String err) {}

    static Run run(Path home, String command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(command, List.of(args), Settings.of(Map.of("INNCO_HOME", home.toString(), "INNCO_STORE", "memory")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void help_lists_every_command_and_each_command_its_options(@TempDir Path home) {
        Run all = run(home, "help");
        assertEquals(0, all.code(), all.err());
        for (String c : List.of("serve", "create-user", "export", "import", "export-sse", "xliff-export", "xliff-import",
                "loadgen", "reindex", "generate", "backup", "restore")) {
            assertTrue(all.out().contains(c), c + " in\n" + all.out());
        }
        assertTrue(all.out().contains("INNCO_PORT"), all.out());
        Run export = run(home, "help", "export");
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("--type") && export.out().contains("DIR"), export.out());
        Run restore = run(home, "restore", "--help");
        assertEquals(0, restore.code(), restore.err());
        assertTrue(restore.out().contains("--replace"), restore.out());
    }

    @Test
    void bad_arguments_are_refused_with_a_message_and_exit_code_2(@TempDir Path home) {
        refused(run(home, "generate", "--items", "many"), "--items", "many");
        refused(run(home, "export"), "DIR");
        refused(run(home, "import", "--bogus", "dir"), "--bogus");
        refused(run(home, "create-user", "marie"), "--role");
        refused(run(home, "xliff-import"), "FILE");
        refused(run(home, "reindex", "extra"), "extra");
    }

    /** loadgen's options are LoadOptions' (shared with the benchmark scripts): picocli hands them over untouched. */
    @Test
    void loadgen_receives_its_arguments_as_given(@TempDir Path home) {
        Run r = run(home, "loadgen", "--url", "http://127.0.0.1:9", "--header", "no colon");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--header needs Name: value"), r.err());
    }

    /** The completion script is picocli's, from the same declarations: every real command and a command's options are in it. */
    @Test
    void completion_prints_a_bash_script_naming_the_commands(@TempDir Path home) {
        Run r = run(home, "completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("complete -F _complete_inn-co"), r.out());
        // the root's function comes first; the commands' own lists are empty
        String root = r.out().lines().map(String::strip).filter(l -> l.startsWith("local commands=\"")).findFirst().orElse("");
        List<String> commands = List.of(root.replace("local commands=", "").replace("\"", "").split(" "));
        assertEquals(List.of("serve", "create-user", "export", "import", "export-sse", "xliff-export", "xliff-import",
                "loadgen", "reindex", "generate", "backup", "restore", "completion", "help"), commands, root);
        assertTrue(r.out().contains("--dry-run") && r.out().contains("--replace"), "options of import and restore in the script");
        assertTrue(r.err().isEmpty(), r.err());
    }

    private static void refused(Run r, String... named) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("inn-co: "), r.err());
        for (String n : named) assertTrue(r.err().contains(n), n + " in " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(r.err().contains("Usage: "), r.err());
    }
}
