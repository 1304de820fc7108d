package eu.innco.exports;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.innco.FuzzProperty;
import eu.innco.TestModule;
import eu.innco.security.Actor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One content-exports item file, as an administrator might upload it, through the whole import:
 * read (YAML, keys, values by field type, translations, binary checksum), planned against the
 * repository, and, when the dry run accepts it, written and published. The repository already
 * holds the {@code good} scenario, so that references and updates have something to meet. Every
 * file is imported or refused as a 400, never an unexpected exception, never a hang.
 *
 * <p>Corpus: {@code YamlImportFuzzTestInputs/itemFile/}; a first line {@code # file: NAME.yaml}
 * (a YAML comment) names the file, which matters: the name must agree with the node name.
 */
class YamlImportFuzzTest {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.ya?ml");
    static TestModule module;
    static Importer importer;
    static Path folder;

    @BeforeAll
    static void start() throws IOException {
        module = TestModule.memory();
        importer = ExportsFixtures.importer(module, new ExportsFixtures.RecordingPublisher(module));
        importer.importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
        folder = Files.createTempDirectory("innco-fuzz-import");
    }

    @AfterAll
    static void stop() throws IOException {
        module.close();
        clear();
        Files.deleteIfExists(folder);
    }

    @FuzzTest(maxDuration = "25s")
    void itemFile(byte[] input) throws Exception {
        clear();
        // the logo beside every file, so that an asset's checksum can be right
        Files.copy(ExportsFixtures.scenario("good").resolve("assets.ruche-logo.png"), folder.resolve("assets.ruche-logo.png"));
        Files.write(folder.resolve(fileName(input)), input);
        FuzzProperty.holds(() -> {
            importer.importFolder(Actor.SYSTEM, folder, "upload.zip", true);
            importer.importFolder(Actor.SYSTEM, folder, "upload.zip", false);
        });
    }

    /** The name on the first line ({@code # file: organisations.la-ruche.yaml}), else a plausible one. */
    static String fileName(byte[] input) {
        String text = new String(input, 0, Math.min(input.length, 200), StandardCharsets.UTF_8);
        if (text.startsWith("# file: ")) {
            int end = text.indexOf('\n');
            String name = (end < 0 ? text.substring(8) : text.substring(8, end)).trim();
            if (FILE_NAME.matcher(name).matches()) return name;
        }
        return "organisations.fuzz.yaml";
    }

    private static void clear() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) Files.delete(f);
        }
    }
}
