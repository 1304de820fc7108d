package eu.innco.web.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress display: one redrawn line on a terminal, plain lines elsewhere, the same figures in both. */
class ProgressReporterTest {
    @Test
    void a_line_says_done_of_total_the_rate_and_the_time_left() {
        assertEquals("import: items written 1200/5000 (24%), 400/s, about 10 s left",
                ProgressLine.of("import", "items written", 1200, 5000, 3.0, false));
        assertEquals("reindex: items 30, 15/s", ProgressLine.of("reindex", "items", 30, -1, 2.0, false));
        assertEquals("export: items 90/90 (100%) in 2 min 5 s, 0.7/s", ProgressLine.of("export", "items", 90, 90, 125, true));
    }

    @Test
    void on_a_terminal_one_line_is_redrawn_and_ends_with_a_newline() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ProgressReporter p = new ProgressReporter("generate", out, true, 5000)) {
            p.stage("organisations", 100);
            for (int i = 0; i < 40; i++) {
                p.step();
                Thread.sleep(20);
            }
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\rgenerate: organisations "), text);
        assertTrue(text.chars().filter(c -> c == '\r').count() >= 3, "redrawn several times: " + text);
        assertEquals(1, text.chars().filter(c -> c == '\n').count(), "one line only, ended once: " + text);
        assertTrue(text.contains("/100 (") && text.contains("/s, about ") && text.contains(" left"), text);
        String last = text.substring(text.lastIndexOf('\r'));
        assertTrue(last.startsWith("\rgenerate: organisations 40/100 (40%) in ") && last.endsWith("/s\u001b[K\n"), last);
    }

    @Test
    void elsewhere_plain_lines_come_at_the_interval_and_each_stage_ends_with_its_figures() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ProgressReporter p = new ProgressReporter("import", out, false, 200)) {
            p.stage("files read", 10);
            p.advance(10);
            p.stage("items written", 50);
            for (int i = 0; i < 50; i++) {
                p.step();
                Thread.sleep(20);
            }
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.indexOf('\r') < 0 && text.indexOf('\u001b') < 0, "no terminal codes: " + text);
        String[] lines = text.split("\n");
        assertTrue(lines.length >= 4, "a line every 200 ms of the second second, and one per stage: " + text);
        assertTrue(text.contains("import: files read 10/10 (100%) in "), text);
        assertTrue(text.matches("(?s).*import: items written \\d+/50 \\(\\d+%\\), [0-9.]+/s, about \\d+ s left\n.*"), text);
        assertTrue(lines[lines.length - 1].startsWith("import: items written 50/50 (100%) in "), text);
    }
}
