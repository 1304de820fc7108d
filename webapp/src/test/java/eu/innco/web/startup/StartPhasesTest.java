package eu.innco.web.startup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class StartPhasesTest {
    @Test
    void the_summary_names_each_phase_after_the_jvms_own_time_before_them() throws Exception {
        long uptimeBefore = ManagementFactory.getRuntimeMXBean().getUptime();
        StartPhases phases = new StartPhases();
        Thread.sleep(20);
        phases.done("definitions");
        phases.done("HTTP server");
        String s = phases.summary();
        assertTrue(s.matches("JVM before the start \\d+ ms, definitions \\d+ ms, HTTP server \\d+ ms; in all \\d+ ms"), s);
        long jvm = Long.parseLong(s.replaceFirst("JVM before the start (\\d+) ms.*", "$1"));
        long all = Long.parseLong(s.replaceFirst(".*in all (\\d+) ms", "$1"));
        // the time before the phases is the uptime when they began, give or take the clocks' rounding
        assertTrue(Math.abs(jvm - uptimeBefore) <= 50, s + " against an uptime of " + uptimeBefore + " ms when the phases began");
        assertTrue(all >= 20, s);
    }
}
