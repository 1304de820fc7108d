package eu.innco.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.InncoException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of definition files parsed at the last start (issue 18). */
class ParsedYamlTest {
    private static final String TYPE = """
            # a content type
            name: event
            title: "yes"
            empty:
            list:
              - one
              - 'two'
              - {a: 1, b: ~}
            long: %s
            """.formatted("x".repeat(70_000));

    @Test
    void a_tree_read_back_is_the_tree_snakeyaml_made_with_its_lines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("event.yaml"), TYPE);
        Path record = dir.resolve("cache/definitions.bin");
        String parsed = dump(YamlReader.read(file, "contentTypes/event.yaml"));

        ParsedYaml first = ParsedYaml.at(record);
        assertEquals(parsed, dump(first.during(() -> YamlReader.read(file, "contentTypes/event.yaml"))));
        first.writeRecord();
        assertTrue(Files.size(record) > 70_000, "a value past writeUTF's 64 kB limit is kept whole");

        ParsedYaml second = ParsedYaml.at(record);
        assertEquals(parsed, dump(second.during(() -> YamlReader.read(file, "contentTypes/event.yaml"))));
        assertTrue(dump(second.during(() -> YamlReader.read(file, "contentTypes/event.yaml"))).contains("contentTypes/event.yaml:9"),
                "lines and the file's label survive: definition errors still say where");
    }

    @Test
    void the_record_is_trusted_for_its_bytes_only_inside_during_and_an_edit_parses_again(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("site.yaml"), "locales: [en]\n");
        Path record = dir.resolve("cache/definitions.bin");
        // a tree planted under the file's key is what a start reads: the proof that SnakeYAML is skipped
        ParsedYaml planting = ParsedYaml.at(record);
        byte[] bytes = Files.readAllBytes(file);
        planting.tree(ParsedYaml.key(bytes, "site.yaml", Integer.MAX_VALUE), "site.yaml", () -> YamlReader.read("planted: true\n", "site.yaml"));
        planting.writeRecord();

        ParsedYaml kept = ParsedYaml.at(record);
        assertEquals("true", kept.during(() -> YamlReader.read(file, "site.yaml")).text("planted").orElseThrow());
        assertTrue(YamlReader.read(file, "site.yaml").get("locales").isPresent(), "outside during, the file is parsed");
        assertFalse(ParsedYaml.at(record).during(() -> YamlReader.read(file, "renamed.yaml")).get("planted").isPresent(),
                "another label is another key");

        Files.writeString(file, "locales: [en, fr]\n");
        assertEquals(2, ParsedYaml.at(record).during(() -> YamlReader.read(file, "site.yaml")).list("locales").size());
    }

    @Test
    void a_broken_file_is_never_remembered_and_still_names_its_line(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "a: 1\nb: [unclosed\n");
        Path record = dir.resolve("cache/definitions.bin");
        ParsedYaml memo = ParsedYaml.at(record);
        InncoException e = assertThrows(InncoException.class, () -> memo.during(() -> YamlReader.read(file, "bad.yaml")));
        assertEquals("INNCO-YAML-001", e.code());
        assertTrue(e.errors().get(0).path().startsWith("bad.yaml:"), e.errors().toString());
        memo.writeRecord();
        assertFalse(Files.exists(record), "nothing parsed, nothing written");

        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'});
        assertThrows(InncoException.class, () -> ParsedYaml.at(record).during(() -> YamlReader.read(file, "bad.yaml")),
                "malformed UTF-8 is an error, as without the record, not a replacement character");
    }

    @Test
    void a_damaged_record_only_means_parsing_and_is_written_again(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.yaml"), "name: a\n");
        Path record = Files.createDirectories(dir.resolve("cache")).resolve("definitions.bin");
        Files.write(record, "INCY and then nothing sensible".getBytes(StandardCharsets.UTF_8));
        ParsedYaml memo = ParsedYaml.at(record);
        assertEquals("a", memo.during(() -> YamlReader.read(file, "a.yaml")).text("name").orElseThrow());
        memo.writeRecord();
        assertEquals("a", ParsedYaml.at(record).during(() -> YamlReader.read(file, "a.yaml")).text("name").orElseThrow());
        assertTrue(Files.size(record) > 12, "a whole record replaced the damaged one");
    }

    /** Every detail of a tree as text: kind, file and line, value and quoting, entries in order. */
    static String dump(YamlNode n) {
        String head = n.kind() + "@" + n.location();
        return switch (n.kind()) {
            case SCALAR -> head + "=" + (n.quoted() ? "'" : "") + n.text();
            case NULL -> head;
            case SEQUENCE -> head + n.items().stream().map(ParsedYamlTest::dump).collect(Collectors.joining(",", "[", "]"));
            case MAPPING -> head + n.entries().entrySet().stream().map((Map.Entry<String, YamlNode> e) -> e.getKey() + ":" + dump(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        };
    }
}
