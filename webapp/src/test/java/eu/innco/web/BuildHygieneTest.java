package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What the build and the README promise about themselves, checked on the checkout. */
class BuildHygieneTest {
    static final Pattern SETTING_READ = Pattern.compile("(?:get|getInt|getLong|getBoolean|getenv|getProperty)\\(\"(INNCO_[A-Z_]+)\"");
    static final List<String> MODULES = List.of("inn-co-module", "webapp");

    @Test
    void every_setting_the_code_reads_is_documented_in_the_readme() throws IOException {
        Path checkout = TestServer.checkout();
        String readme = Files.readString(checkout.resolve("README.md"));
        TreeSet<String> undocumented = new TreeSet<>();
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(checkout.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = SETTING_READ.matcher(Files.readString(file));
                    while (m.find()) if (!readme.contains("`" + m.group(1) + "`")) undocumented.add(m.group(1));
                }
            }
        }
        assertEquals(List.of(), List.copyOf(undocumented));
    }

    @Test
    void module_poms_take_every_dependency_and_plugin_version_from_the_parent() throws Exception {
        List<String> pinned = new ArrayList<>();
        for (String module : MODULES) {
            Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(TestServer.checkout().resolve(module).resolve("pom.xml").toFile()).getDocumentElement();
            for (String tag : List.of("dependency", "plugin", "artifactItem")) {
                NodeList found = project.getElementsByTagName(tag);
                for (int i = 0; i < found.getLength(); i++) {
                    Element e = (Element) found.item(i);
                    if (child(e, "version") != null) pinned.add(module + ": " + child(e, "artifactId").getTextContent());
                }
            }
        }
        assertEquals(List.of(), pinned, "versions belong in the parent's dependencyManagement or pluginManagement");
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) return e;
        }
        return null;
    }
}
