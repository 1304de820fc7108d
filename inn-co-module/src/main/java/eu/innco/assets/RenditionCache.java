package eu.innco.assets;

import eu.innco.files.WholeFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Renditions kept on disk ({@code $INNCO_HOME/renditions/<asset id>/<key>}), so each is computed
 * once. Names are built here from hex digests and numbers only, never from a client's text. The
 * folder is bounded: past its size the least recently used files go. Requests for a rendition
 * being made wait for it rather than make it again.
 */
final class RenditionCache {
    /** Makes a rendition's bytes; empty when the image cannot be decoded here. */
    @FunctionalInterface
    interface Maker {
        Optional<byte[]> make() throws IOException;
    }

    private final Path dir;
    private final long maxBytes;
    private final ConcurrentHashMap<String, CompletableFuture<Optional<Path>>> making = new ConcurrentHashMap<>();
    private final AtomicLong made = new AtomicLong();
    private final AtomicLong size = new AtomicLong(-1);

    RenditionCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        removeLeftovers();
    }

    /** Half-written files of a server that stopped while making a rendition: never served, so removed at start. */
    private void removeLeftovers() {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir, 2)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.getFileName().toString().endsWith(".tmp"))::iterator) Files.deleteIfExists(p);
        } catch (IOException e) {
            // what stays is skipped by the size count and the eviction alike
        }
    }

    /** How many renditions this cache has computed since start (hits do not count). */
    long made() {
        return made.get();
    }

    /** The cached file of {@code asset}'s rendition {@code key}, made by {@code maker} when missing. */
    Optional<Path> get(String asset, String key, Maker maker) {
        Path file = dir.resolve(asset).resolve(key);
        if (Files.isRegularFile(file)) {
            touch(file);
            return Optional.of(file);
        }
        CompletableFuture<Optional<Path>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Path>> running = making.putIfAbsent(file.toString(), mine);
        if (running != null) return join(running);
        try {
            Optional<Path> result = Files.isRegularFile(file) ? Optional.of(file) : write(file, maker);
            mine.complete(result);
            return result;
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            if (e instanceof IOException io) throw new UncheckedIOException(io);
            throw (RuntimeException) e;
        } finally {
            making.remove(file.toString(), mine);
        }
    }

    /** Drops every rendition of an asset: its file was replaced or deleted. */
    void forget(String asset) {
        Path folder = dir.resolve(asset);
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                long length = Files.size(f);
                if (Files.deleteIfExists(f) && size.get() >= 0) size.addAndGet(-length);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // another request is writing into it: what stays is keyed by the old file's digest and never served for the new one
        }
    }

    private Optional<Path> write(Path file, Maker maker) throws IOException {
        Optional<byte[]> bytes = maker.make();
        if (bytes.isEmpty()) return Optional.empty();
        made.incrementAndGet();
        total(); // counted from the disk once, before this file is there
        WholeFile.replace(file, bytes.get());
        if (size.addAndGet(bytes.get().length) > maxBytes) evict(file);
        return Optional.of(file);
    }

    private static Optional<Path> join(CompletableFuture<Optional<Path>> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException gone) {
            // evicted meanwhile: the caller's stream falls back to making it again
        }
    }

    private long total() throws IOException {
        if (size.get() < 0) size.set(files().stream().mapToLong(RenditionCache::length).sum());
        return size.get();
    }

    /** Removes the least recently used files, never the one just made, until the folder is down to three quarters of its bound. */
    private synchronized void evict(Path keep) throws IOException {
        List<Path> all = files();
        all.sort(Comparator.comparingLong(RenditionCache::modified));
        long total = all.stream().mapToLong(RenditionCache::length).sum();
        for (Path f : all) {
            if (total <= maxBytes * 3 / 4) break;
            if (f.equals(keep)) continue;
            long length = length(f);
            if (Files.deleteIfExists(f)) total -= length;
        }
        size.set(total);
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) return new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir, 2)) {
            return new ArrayList<>(s.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    private static long length(Path p) {
        try {
            return Files.size(p);
        } catch (NoSuchFileException gone) {
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
