package eu.innco.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the data folders ({@code light-modules}, {@code content-exports}): the configured folder;
 * else the checkout's folder when the server runs from one, so that a template change shows
 * without a build; else the copy packed in the jar, unpacked under {@code $INNCO_HOME/defaults} (once
 * per jar: the folder is replaced when the jar is another one).
 */
public final class ResourceFolders {
    private ResourceFolders() {}

    public static Path resolve(String name, Optional<Path> configured, Path home, String envName) {
        if (configured.isPresent()) {
            Path p = configured.get().toAbsolutePath().normalize();
            if (!Files.isDirectory(p)) throw new IllegalArgumentException(envName + " names " + p + ", which is not a folder");
            return p;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(name);
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("pom.xml"))) return candidate;
        }
        return unpack(name, home.resolve("defaults").resolve(name));
    }

    private static Path unpack(String name, Path target) {
        URL url = ResourceFolders.class.getResource("/defaults/" + name);
        if (url == null) throw new IllegalStateException("no packed copy of " + name + " in the application");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                // opening the 70 MB jar as a file system and copying cost a second of every start: done once per jar
                String stamp = jarStamp();
                Path done = target.resolveSibling(name + ".unpacked");
                if (Files.isDirectory(target) && Files.exists(done) && Files.readString(done).equals(stamp)) return target.toAbsolutePath().normalize();
                Files.deleteIfExists(done);
                FolderTrees.delete(target);
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(fs.provider().getPath(uri), target);
                }
                Files.writeString(done, stamp);
            } else {
                FolderTrees.delete(target);
                copyTree(Path.of(uri), target);
            }
            return target.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + name + " to " + target, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The running jar's path, size and time: another build or copy of the jar unpacks again. */
    private static String jarStamp() throws IOException, URISyntaxException {
        Path jar = Path.of(ResourceFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
