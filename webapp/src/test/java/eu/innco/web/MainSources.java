package eu.innco.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The main Java sources of the checkout, for tests that check what the code says about itself. */
final class MainSources {
    /** One source file: its path below {@code src/main/java} and its text. */
    record Source(String path, String text) {}

    private MainSources() {}

    /** Every main source file of the modules, or only those below {@code folder} (e.g. {@code eu/innco/content}). */
    static List<Source> of(List<String> modules, String folder) throws IOException {
        List<Source> out = new ArrayList<>();
        for (String module : modules) {
            Path root = TestServer.checkout().resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    out.add(new Source(root.relativize(file).toString(), Files.readString(file)));
                }
            }
        }
        return out;
    }

    static List<Source> all() throws IOException {
        return of(BuildHygieneTest.MODULES, "");
    }
}
