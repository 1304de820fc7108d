package eu.innco.i18n.xliff;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.innco.FuzzProperty;
import eu.innco.TestModule;
import eu.innco.exports.Importer;
import eu.innco.exports.ImportPublication;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A translators' file, as a CAT tool might send it back, through the whole XLIFF import (the
 * hardened parser, inline codes, the item's field rules, the one commit) by a translator of Polish
 * and French. The repository holds the exports' {@code good} scenario, whose fixed uuids the corpus
 * files name. Every file is imported or refused as a 4xx, never an unexpected exception, never a hang.
 *
 * <p>Corpus: {@code XliffImportFuzzTestInputs/xliffFile/}, files exported from that scenario, some
 * translated, some broken by hand.
 */
class XliffImportFuzzTest {
    static final Actor TRANSLATOR = new Actor("tomasz", Set.of(Role.TRANSLATOR), "", Set.of("pl", "fr"), false);
    static TestModule module;
    static XliffImporter importer;

    @BeforeAll
    static void start() throws Exception {
        module = TestModule.memory();
        new Importer(module.repository, module.types, module.locales, module.validator, new AccessPolicy(), Clock.systemUTC(),
                new ImportPublication(module.publication))
                .importFolder(Actor.SYSTEM, Path.of(XliffImportFuzzTest.class.getResource("/exports/good").toURI()), false);
        importer = new XliffImporter(module.content, new AccessPolicy());
    }

    @AfterAll
    static void stop() {
        module.close();
    }

    @FuzzTest(maxDuration = "25s")
    void xliffFile(byte[] input) throws Exception {
        FuzzProperty.holds(() -> importer.importFile(TRANSLATOR, input));
    }
}
