package eu.innco.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.innco.InncoException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    @Test
    void a_few_aliases_are_read_as_copies_of_their_anchor() {
        YamlNode root = YamlReader.read("base: &b {name: x}\ncopy: *b\n", "t.yaml");
        assertEquals("x", root.get("copy").orElseThrow().text("name").orElseThrow());
    }

    @Test
    void nested_aliases_that_multiply_a_document_are_refused_quickly() {
        StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) y.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            y.append("]\n");
        }
        InncoException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(InncoException.class, () -> YamlReader.read(y.toString(), "laughs.yaml")));
        assertEquals("INNCO-YAML-001", e.code());
    }

    @Test
    void one_large_list_aliased_many_times_is_refused_before_it_fills_the_heap() {
        StringBuilder y = new StringBuilder("big: &big [");
        for (int i = 0; i < 100_000; i++) y.append(i == 0 ? "0" : ",0");
        y.append("]\nmany: [");
        for (int i = 0; i < 15; i++) y.append(i == 0 ? "*big" : ", *big");
        y.append("]\n");
        InncoException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(InncoException.class, () -> YamlReader.read(y.toString(), "wide.yaml")));
        assertEquals("INNCO-YAML-001", e.code());
    }

    @Test
    void an_anchor_whose_value_uses_its_own_alias_is_refused_not_walked_forever() {
        InncoException e = assertThrows(InncoException.class, () -> YamlReader.read("a: &a ['x', *a]\n", "loop.yaml"));
        assertEquals("INNCO-YAML-001", e.code());
        assertTrue(e.getMessage().contains("its own anchor"), e.getMessage());
    }

    @Test
    void lists_nested_deeper_than_the_limit_are_refused_with_the_line() {
        String deep = "x: " + "[".repeat(YamlReader.MAX_DEPTH + 5) + "]".repeat(YamlReader.MAX_DEPTH + 5) + "\n";
        InncoException e = assertThrows(InncoException.class, () -> YamlReader.read(deep, "deep.yaml"));
        assertEquals("INNCO-YAML-001", e.code());
        String ok = "x: " + "[".repeat(50) + "1" + "]".repeat(50) + "\n";
        YamlReader.read(ok, "fine.yaml");
    }
}
