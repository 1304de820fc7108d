package eu.innco.web.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.web.ChildServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The figure of docs/benchmarks.md: an issue sent to 10,000 subscribers (seven languages) by a
 * server in its own JVM to a local SMTP server (GreenMail, in this JVM): the rate, the server's
 * resident memory while it sends, and the machine's load. Not part of the build (no "Test" in its
 * name); run it with {@code mvn -o -pl webapp -am test -Dtest=NewsletterSendBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dinnco.bench.subscribers=10000] [-Dinnco.bench.rate=0]}.
 */
class NewsletterSendBenchmark {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @Test
    void sending_an_issue_to_10000_subscribers() throws Exception {
        int n = Integer.getInteger("innco.bench.subscribers", 10_000);
        String rate = System.getProperty("innco.bench.rate", "0");
        ChildSending s = ChildSending.queued(n);
        List<String> lines = new ArrayList<>();
        try (ChildServer child = s.start(smtp, rate, "50")) {
            long pid = child.process().pid();
            long first = 0;
            long maxRss = 0;
            List<Long> rss = new ArrayList<>();
            List<String> loads = new ArrayList<>();
            List<String> heaps = new ArrayList<>();
            while (smtp.getReceivedMessages().length < n) {
                int got = smtp.getReceivedMessages().length;
                if (got > 0 && first == 0) first = System.nanoTime();
                if (first != 0) {
                    long kb = rssKb(pid);
                    rss.add(kb);
                    maxRss = Math.max(maxRss, kb);
                    if (rss.size() % 20 == 1) loads.add(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
                    if (rss.size() % 40 == 1) heaps.add(heapUsed(pid));
                }
                Thread.sleep(250);
            }
            double seconds = (System.nanoTime() - first) / 1e9;
            long median = rss.stream().sorted().toList().get(rss.size() / 2);
            lines.add(String.format("subscribers %d, INNCO_NEWSLETTER_RATE %s, batch 50, -Xmx512m", n, rate));
            lines.add(String.format("first to last message: %.1f s, %.0f messages/s", seconds, n / seconds));
            lines.add(String.format("server RSS while sending: median %d MB, max %d MB (%d samples)", median / 1024, maxRss / 1024, rss.size()));
            lines.add("heap used (jcmd GC.heap_info) every 10 s: " + String.join(" ", heaps));
            lines.add("load average (1 min) every 5 s: " + String.join(" ", loads));
            lines.add("cores: " + Runtime.getRuntime().availableProcessors());
        }
        Set<String> to = new HashSet<>();
        for (MimeMessage m : smtp.getReceivedMessages()) to.add(m.getAllRecipients()[0].toString());
        assertEquals(n, to.size(), "each subscriber once");
        assertEquals(n, smtp.getReceivedMessages().length);
        Subscribers.delete(s.home);
        lines.forEach(System.out::println);
        Files.write(Path.of("target/newsletter-benchmark.txt"), lines);
    }

    /** The "used" figure of the heap line of {@code jcmd <pid> GC.heap_info}. */
    private static String heapUsed(long pid) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), "GC.heap_info")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(out);
        return m.find() ? Long.parseLong(m.group(2)) / 1024 + "M" : "?";
    }

    private static long rssKb(long pid) throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
        return 0;
    }
}
