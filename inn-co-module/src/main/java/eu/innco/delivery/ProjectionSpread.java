package eu.innco.delivery;

import eu.innco.concurrent.Latches;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;

/**
 * How one item's documents are made: one after the other on the caller's thread (a rebuild, which
 * already spreads items over the cores), or, for a publication, each language on whichever core is
 * free, its text analysed there too (issue 18, third pass: rendering seven languages and analysing
 * their texts were 70% of a publication's time, all on the publishing thread). The caller works
 * through the same list as the helpers, so a busy pool never makes a publication wait for it.
 */
final class ProjectionSpread {
    /** Inline, the writer analysing the texts: for rebuilds and previews. */
    static final ProjectionSpread INLINE = new ProjectionSpread(null);

    private static final int HELPERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    private static final ThreadPoolExecutor POOL = pool();

    private final Analyzer analyzer;

    private ProjectionSpread(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Spread over the cores, texts analysed ahead with {@code analyzer} (the index writer's). */
    static ProjectionSpread overCores(Analyzer analyzer) {
        return new ProjectionSpread(analyzer);
    }

    private static ThreadPoolExecutor pool() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor p = new ThreadPoolExecutor(HELPERS, HELPERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "innco-projection-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        p.allowCoreThreadTimeOut(true);
        return p;
    }

    /** {@code f} of each of {@code in}, in order; the first failure is thrown once all are done. */
    <T, R> List<R> map(List<T> in, Function<T, R> f) {
        if (analyzer == null || in.size() < 2) return in.stream().map(f).toList();
        Object[] out = new Object[in.size()];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(in.size());
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < in.size(); i = next.getAndIncrement()) {
                try {
                    out[i] = f.apply(in.get(i));
                } catch (RuntimeException e) {
                    failed.compareAndSet(null, e);
                } catch (Error e) {
                    failed.compareAndSet(null, new IllegalStateException(e));
                } finally {
                    done.countDown();
                }
            }
        };
        for (int h = 0; h < Math.min(HELPERS, in.size() - 1); h++) {
            try {
                POOL.execute(work);
            } catch (RejectedExecutionException e) {
                break; // the caller does it all
            }
        }
        work.run();
        Latches.awaitUninterruptibly(done); // the items being made are on other threads: wait for them
        if (failed.get() != null) throw failed.get();
        List<R> list = new ArrayList<>(out.length);
        for (Object o : out) {
            @SuppressWarnings("unchecked") R r = (R) o;
            list.add(r);
        }
        return list;
    }

    /** Replaces the document's text field by its tokens analysed now, when spreading; the writer analyses it otherwise. */
    Document analysed(Document d, String field, String text) {
        if (analyzer == null) return d;
        d.removeField(field);
        d.add(new TextField(field, CapturedTokens.of(analyzer, field, text)));
        return d;
    }
}
