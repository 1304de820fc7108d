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
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the data folders ({@code light-modules}, {@code content-exports}): the configured folder;
 * else the checkout's folder when the server runs from one, so that a template change shows
 * without a build; else the copy packed in the jar, unpacked under {@code $INNCO_HOME/defaults}.
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
            deleteTree(target);
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(fs.provider().getPath(uri), target);
                }
            } else {
                copyTree(Path.of(uri), target);
            }
            return target.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + name + " to " + target, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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

    private static void deleteTree(Path target) throws IOException {
        if (!Files.exists(target)) return;
        try (Stream<Path> s = Files.walk(target)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
