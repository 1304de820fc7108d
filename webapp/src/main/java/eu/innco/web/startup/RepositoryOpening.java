package eu.innco.web.startup;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import eu.innco.repository.StoreKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opens an existing segment store (Oak's segment store, the JCR repository, the base node types)
 * on its own thread while the main thread reads the YAML definitions: neither needs the other,
 * and each was about a fifth of a start's main thread (issue 18, third pass). A new store is
 * opened only after the definitions were read, as before, so that a broken definition never
 * creates a repository; when the definitions fail, an early opening is closed again.
 */
public final class RepositoryOpening {
    private final RepositoryConfig config;
    private final CompletableFuture<ContentRepository> early;

    private RepositoryOpening(RepositoryConfig config, CompletableFuture<ContentRepository> early) {
        this.config = config;
        this.early = early;
    }

    /** Begins opening now when the store exists already on disk; otherwise {@link #get()} opens it. */
    public static RepositoryOpening begin(RepositoryConfig config) {
        if (config.store() != StoreKind.SEGMENT || !holdsData(config.segmentFolder())) return new RepositoryOpening(config, null);
        CompletableFuture<ContentRepository> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(ContentRepository.start(config));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "innco-repository-open");
        t.start();
        return new RepositoryOpening(config, f);
    }

    private static boolean holdsData(Path folder) {
        try (var s = Files.list(folder)) {
            return s.findAny().isPresent();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The open repository; a failure to open it is thrown here, on the caller's thread, as it would have been. */
    public ContentRepository get() {
        if (early == null) return ContentRepository.start(config);
        try {
            return early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The start failed before it used the repository: close what was opened early (its own failure is the lesser news). */
    public void abandon() {
        if (early == null) return;
        try {
            early.join().close();
        } catch (RuntimeException e) {
            // the start's own failure is reported by the caller
        }
    }
}
