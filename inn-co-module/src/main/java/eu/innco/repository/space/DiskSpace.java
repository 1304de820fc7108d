package eu.innco.repository.space;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The free space of the file system under {@code INNCO_HOME}, and whether the store may still write
 * there. Writes are refused, before anything is written, while less than {@code INNCO_MIN_FREE_MB}
 * is free (they resume by themselves once space is back). If a write to the store fails all the same
 * (another program filled the disk), the store is fenced: Oak's writer is left half way in memory,
 * so nothing more is written through it; once space is back the repository closes that store and
 * opens a fresh one from disk ({@code StoreRecovery}), and only then is the fence lifted.
 */
public final class DiskSpace {
    private static final Logger LOG = LoggerFactory.getLogger(DiskSpace.class);
    /** Room always kept for what closing the store writes (tar index, journal), whatever the threshold. */
    static final long CLOSING_RESERVE = 1024 * 1024;

    private final Path home;
    private final LongSupplier usable;
    private final long minFreeBytes;
    private final AtomicReference<String> fence = new AtomicReference<>();
    private final List<Runnable> fenceListeners = new CopyOnWriteArrayList<>();

    DiskSpace(Path home, LongSupplier usable, long minFreeBytes) {
        this.home = home;
        this.usable = usable;
        this.minFreeBytes = minFreeBytes;
    }

    /** The file system holding {@code home} (created when missing). */
    public static DiskSpace of(Path home, long minFreeBytes) {
        try {
            Files.createDirectories(home);
            FileStore fs = Files.getFileStore(home);
            return new DiskSpace(home, () -> {
                try {
                    return fs.getUsableSpace();
                } catch (IOException e) {
                    return 0; // a file system that cannot say what is free is not one to write to
                }
            }, minFreeBytes);
        } catch (IOException e) {
            throw new InncoException(ErrorCode.STORAGE_003, "Data folder unusable",
                    "Cannot use the data folder " + home.toAbsolutePath().normalize() + ": " + e.getMessage(), List.of(), e);
        }
    }

    /** No file system to watch (the memory store). */
    public static DiskSpace unlimited() {
        return new DiskSpace(null, () -> Long.MAX_VALUE, 0);
    }

    public long minFreeBytes() { return minFreeBytes; }

    /** Bytes this process may still write there; one statvfs call, cheap enough before every write. */
    public long usableBytes() {
        return usable.getAsLong();
    }

    /** Why writes are refused now, or empty while they are accepted. */
    public Optional<String> problem() {
        String fenced = fence.get();
        if (fenced != null) return Optional.of(fenced);
        long usable = usableBytes();
        if (usable >= minFreeBytes) return Optional.empty();
        return Optional.of(String.format("Only %d MB free in %s, less than INNCO_MIN_FREE_MB (%d MB): writes are refused until space is freed.",
                usable / (1024 * 1024), home.toAbsolutePath().normalize(), minFreeBytes / (1024 * 1024)));
    }

    /** Throws a 503 before a write starts when the store must not write. */
    public void requireWritable() {
        requireWritable(0);
    }

    /** Throws a 503 before a write of about {@code bytes} when it would leave less than the threshold free. */
    public void requireWritable(long bytes) {
        String fenced = fence.get();
        if (fenced != null) throw new InncoException(ErrorCode.STORAGE_002, "Storage failed", fenced);
        problem().ifPresent(p -> { throw lowSpace(p); });
        long usable = usableBytes();
        if (bytes > 0 && usable - bytes < minFreeBytes) {
            throw lowSpace(String.format("A write of %d MB would leave less than INNCO_MIN_FREE_MB (%d MB) free in %s (%d MB free now).",
                    bytes / (1024 * 1024), minFreeBytes / (1024 * 1024), home.toAbsolutePath().normalize(), usable / (1024 * 1024)));
        }
    }

    private static InncoException lowSpace(String detail) {
        return new InncoException(ErrorCode.STORAGE_001, "Not enough disk space", detail);
    }

    public boolean fenced() { return fence.get() != null; }

    /** Stops every later write of the store until {@link #lift}; the first reason is kept. */
    public void fence(String why) {
        String reason = "The repository could not write to " + (home == null ? "its store" : home.toAbsolutePath().normalize())
                + " (" + why + "). Nothing more is written until space is back: with " + mb(recoveryBytes())
                + " MB free the repository reopens itself from disk, with every acknowledged write, and writes resume.";
        if (fence.compareAndSet(null, reason)) {
            LOG.error("{}", reason);
            fenceListeners.forEach(Runnable::run);
        }
    }

    /**
     * Lets writes through again. Only for the one who closed the store that failed and opens a fresh
     * one: the failed store's writer must never write again.
     */
    public void lift() {
        if (fence.getAndSet(null) != null) LOG.warn("Space is back ({} MB free): the repository was reopened from disk and accepts writes again",
                mb(usableBytes()));
    }

    /** Free space at which a fenced store is reopened: the threshold, and never less than a few megabytes to work in. */
    public long recoveryBytes() {
        return Math.max(minFreeBytes, 8 * CLOSING_RESERVE);
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Runs {@code listener} each time the store is fenced, until the returned handle is run. */
    public Runnable onFence(Runnable listener) {
        fenceListeners.add(listener);
        return () -> fenceListeners.remove(listener);
    }

    /** Called by the store just before it writes {@code bytes}: refuses (and fences) when they would not fit. */
    void beforeStoreWrite(long bytes) throws NoRoomException {
        String fenced = fence.get();
        if (fenced != null) throw new NoRoomException(fenced);
        long usable = usableBytes();
        if (usable < bytes + CLOSING_RESERVE) {
            fence("only " + usable + " bytes free for a write of " + bytes);
            throw new NoRoomException(fence.get());
        }
    }

    void requireNotFenced() throws NoRoomException {
        String fenced = fence.get();
        if (fenced != null) throw new NoRoomException(fenced);
    }

    /** Called by the store when one of its writes failed: fences, and hands the failure back to be thrown. */
    IOException afterStoreFailure(IOException e) {
        fence(e.getMessage() == null ? e.toString() : e.getMessage());
        return e;
    }

    /** The 503 that a failure caused by a full disk or a fenced store should be answered with, if it is one. */
    public static Optional<InncoException> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InncoException i && i.code().startsWith("INNCO-STORAGE-")) return Optional.of(i);
            if (t instanceof NoRoomException n) return Optional.of(n.asProblem());
            if (t instanceof IOException io && io.getMessage() != null && io.getMessage().contains("No space left on device")) {
                return Optional.of(lowSpace("The disk of the data folder is full: " + io.getMessage()));
            }
            if (t.getCause() == t) break;
        }
        return Optional.empty();
    }
}
