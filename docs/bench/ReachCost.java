// What counting adds to one counted request, measured alone (issue 15): the user-agent check, the
// referrer's host, the key and the in-memory increment, as ReachFilter does them after a page is
// answered, on 16 threads at once like the HTTP benchmark's connections.
// Usage (after mvn -q package -DskipTests):
//   java -cp webapp/target/classes:inn-co-module/target/classes docs/bench/ReachCost.java
import eu.innco.reach.ReachCounter;
import eu.innco.reach.ReachKey;
import eu.innco.web.reach.Visitors;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

public class ReachCost {
    static final String AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    public static void main(String[] args) throws Exception {
        ReachCounter counter = new ReachCounter(Clock.systemUTC(), 100_000);
        int threads = 16;
        long perThread = 2_000_000;
        for (int round = 0; round < 4; round++) {
            CountDownLatch done = new CountDownLatch(threads);
            java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong baseline = new java.util.concurrent.atomic.AtomicLong();
            for (int t = 0; t < threads; t++) {
                new Thread(() -> {
                    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                    long c0 = mx.getCurrentThreadCpuTime();
                    long sink = 0;
                    // the strings a request brings anyway, without counting: subtracted below
                    for (long i = 0; i < perThread; i++) sink += new String(AGENT).length() + new String("/fr/x").length();
                    long c1 = mx.getCurrentThreadCpuTime();
                    baseline.addAndGet(c1 - c0 + (sink == 42 ? 1 : 0));
                    for (long i = 0; i < perThread; i++) {
                        // new strings each time, as each request brings its own header and path
                        String agent = new String(AGENT);
                        String path = new String("/fr/case-studies/cuisine-partagee-lyon");
                        if (Visitors.counted(agent, null)) {
                            counter.count(new ReachKey(ReachKey.PAGE, path, "fr", "", Visitors.referrer(null, "127.0.0.1")));
                        }
                    }
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - c1);
                    done.countDown();
                }).start();
            }
            done.await();
            double n = threads * perThread;
            System.out.printf("round %d: %.0f ns of CPU per counted read (%.0f ns with the request's own strings), %d threads%n",
                    round + 1, (cpu.get() - baseline.get()) / n, cpu.get() / n, threads);
        }
        System.out.println("counted: " + counter.drain().values().iterator().next().values().iterator().next());
    }
}
