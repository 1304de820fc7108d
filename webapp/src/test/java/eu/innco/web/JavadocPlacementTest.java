package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A doc comment followed by another one documents nothing: it was left behind when its method moved. */
class JavadocPlacementTest {
    static final Pattern TWO_IN_A_ROW = Pattern.compile("\\*/\\s*\\n\\s*/\\*\\*");

    @Test
    void no_doc_comment_is_left_without_its_declaration() throws IOException {
        List<String> orphans = new ArrayList<>();
        for (MainSources.Source source : MainSources.all()) {
            Matcher m = TWO_IN_A_ROW.matcher(source.text());
            while (m.find()) orphans.add(source.path() + ":" + source.text().substring(0, m.start()).split("\n", -1).length);
        }
        assertEquals(List.of(), orphans);
    }
}
