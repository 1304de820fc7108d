package eu.innco.contenttype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.FieldError;
import eu.innco.TestModule;
import eu.innco.content.ItemValues;
import eu.innco.content.Slugs;
import eu.innco.content.ValuesJson;
import eu.innco.contenttype.field.BooleanField;
import eu.innco.contenttype.field.Dates;
import eu.innco.contenttype.field.DecimalField;
import eu.innco.contenttype.field.DoubleField;
import eu.innco.contenttype.field.FieldType;
import eu.innco.contenttype.field.GeoField;
import eu.innco.contenttype.field.LongField;
import eu.innco.contenttype.field.RichTextField;
import eu.innco.contenttype.field.Violations;
import eu.innco.i18n.SiteDefinitionLoader;
import eu.innco.site.SiteLocales;
import eu.innco.validation.ContentValidator;
import eu.innco.validation.ItemCandidate;
import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every file of {@code content-exports/} has the export shape documented in its README: one item per
 * file, named {@code <workspace>.<node>.yaml}, Magnolia system properties first, then the content
 * type's properties in definition order with {@code _<locale>} suffixes. The values pass the same
 * validation as the authoring API, and every reference points to an item of another file.
 */
class ContentExportsShapeTest {
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    static final List<String> HEADER = List.of("jcr:primaryType", "jcr:uuid", "mgnl:created", "mgnl:createdBy",
            "mgnl:lastModified", "mgnl:lastModifiedBy", "innco:sourceLocale", "innco:publishedLocales");
    /** Translation states follow the header; the importer checks their values (ShippedContentExportsTest imports them). */
    static final String TRANSLATIONS = "innco:translations";
    static final Set<String> HTML_TAGS = Set.of("p", "ul", "ol", "li", "strong", "em", "a", "h2", "h3", "blockquote");
    static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)");
    static final Pattern PLACEHOLDER = Pattern.compile("(?i)lorem|ipsum|\\bTODO\\b|\\bTBD\\b|\\bFIXME\\b|xxx");
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    static ContentTypeRegistry types;
    static SiteLocales locales;
    static ContentValidator validator;
    static final Map<Path, Item> items = new LinkedHashMap<>();
    static final Map<String, String> typeById = new HashMap<>();
    static final List<String> problems = new ArrayList<>();

    /** One parsed file. */
    record Item(Path file, String label, String workspace, String node, ContentTypeDefinition type, YamlNode body) {}

    @BeforeAll
    static void parseAll() throws IOException {
        Path lightModules = TestModule.lightModules();
        types = ContentTypeLoader.load(lightModules);
        locales = SiteDefinitionLoader.load(lightModules);
        validator = new ContentValidator();
        Path folder = lightModules.getParent().resolve("content-exports");
        assertTrue(Files.isDirectory(folder), "no content-exports folder at " + folder);
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) parse(f);
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    private static void parse(Path f) {
        String name = f.getFileName().toString();
        String label = "content-exports/" + name;
        String[] parts = name.substring(0, name.length() - ".yaml".length()).split("\\.");
        if (parts.length != 2) {
            problems.add(label + ": the file name must be <workspace>.<node-name>.yaml");
            return;
        }
        Optional<ContentTypeDefinition> type = types.byWorkspace(parts[0]);
        if (type.isEmpty()) {
            problems.add(label + ": no content type has the workspace '" + parts[0] + "'");
            return;
        }
        if (!Slugs.isValid(parts[1])) problems.add(label + ": the node name '" + parts[1] + "' is not a valid name");
        YamlNode root = YamlReader.read(f, label);
        if (!root.isMapping() || root.entries().size() != 1 || !root.entries().containsKey(parts[1])) {
            problems.add(label + ": the single top key must be the node name '" + parts[1] + "'");
            return;
        }
        YamlNode body = root.entries().get(parts[1]);
        if (!body.isMapping()) {
            problems.add(label + ": the item must be a mapping");
            return;
        }
        Item item = new Item(f, label, parts[0], parts[1], type.get(), body);
        items.put(f, item);
        String id = body.text("jcr:uuid").orElse("");
        if (!UUID.matcher(id).matches()) problems.add(label + ": jcr:uuid '" + id + "' is not a lower-case UUID v4");
        else if (typeById.put(id, type.get().name()) != null) problems.add(label + ": jcr:uuid " + id + " is used twice");
    }

    @Test
    void files_parse_and_name_their_items() {
        assertTrue(items.size() >= 50, "expected the INN-CO content, found " + items.size() + " items");
        assertEquals(List.of(), problems);
    }

    @Test
    void system_properties_come_first_in_order() {
        List<String> out = new ArrayList<>();
        for (Item it : items.values()) {
            List<String> keys = new ArrayList<>(it.body().entries().keySet());
            if (keys.size() < HEADER.size() || !keys.subList(0, HEADER.size()).equals(HEADER)) {
                out.add(it.label() + ": the item must start with " + HEADER + ", found " + keys.subList(0, Math.min(keys.size(), HEADER.size())));
                continue;
            }
            if (keys.size() > HEADER.size() && keys.contains(TRANSLATIONS) && !keys.get(HEADER.size()).equals(TRANSLATIONS)) {
                out.add(it.label() + ": " + TRANSLATIONS + " comes right after innco:publishedLocales");
            }
            YamlNode b = it.body();
            if (!b.text("jcr:primaryType").orElse("").equals(it.type().nodeType())) out.add(it.label() + ": jcr:primaryType must be " + it.type().nodeType());
            Instant created = date(b, "mgnl:created", it, out);
            Instant modified = date(b, "mgnl:lastModified", it, out);
            if (created != null && modified != null && modified.isBefore(created)) out.add(it.label() + ": mgnl:lastModified is before mgnl:created");
            for (String k : List.of("mgnl:createdBy", "mgnl:lastModifiedBy")) {
                if (b.text(k).filter(s -> !s.isBlank()).isEmpty()) out.add(it.label() + ": " + k + " is missing");
            }
            String source = b.text("innco:sourceLocale").orElse("");
            if (!locales.contains(source)) out.add(it.label() + ": innco:sourceLocale '" + source + "' is not a site locale");
            YamlNode published = b.get("innco:publishedLocales").orElseThrow();
            if (!published.isSequence()) out.add(it.label() + ": innco:publishedLocales must be a list");
            else {
                Set<String> seen = new HashSet<>();
                for (YamlNode l : published.items()) {
                    if (!l.isScalar() || !locales.contains(l.text()) || !seen.add(l.text())) out.add(it.label() + ": bad published locale " + l.location());
                }
            }
        }
        assertEquals(List.of(), out);
    }

    private static Instant date(YamlNode b, String key, Item it, List<String> out) {
        YamlNode n = b.get(key).orElse(null);
        if (n == null || !n.isScalar() || !n.quoted() || !n.text().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z")) {
            out.add(it.label() + ": " + key + " must be a quoted ISO-8601 UTC date with milliseconds");
            return null;
        }
        return Dates.parse(n.text()).orElse(null);
    }

    @Test
    void properties_follow_the_content_type_and_pass_its_validation() {
        List<String> out = new ArrayList<>();
        for (Item it : items.values()) {
            Map<String, YamlNode> props = new LinkedHashMap<>(it.body().entries());
            HEADER.forEach(props::remove);
            props.remove(TRANSLATIONS);
            ObjectNode json = toJson(it.type().properties(), props, it.label(), out);
            Violations v = new Violations();
            ItemValues values = new ValuesJson(locales).read(it.type().properties(), json, "properties", v);
            List<FieldError> errors = validator.errors(new ItemCandidate(it.type(), values, v.list(),
                    (target, id) -> target.equals(typeById.get(id))), Locale.ENGLISH);
            errors.forEach(e -> out.add(it.label() + ": " + e.path() + " " + e.message()));
        }
        assertEquals(List.of(), out);
    }

    /** Turns stored properties (Magnolia's {@code title}, {@code title_fr}) into the authoring JSON shape. */
    private static ObjectNode toJson(List<PropertyDefinition> defs, Map<String, YamlNode> stored, String where, List<String> out) {
        ObjectNode json = NODES.objectNode();
        Map<String, PropertyDefinition> byName = new LinkedHashMap<>();
        defs.forEach(d -> byName.put(d.name(), d));
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : stored.entrySet()) {
            String key = e.getKey();
            String base = key;
            String locale = locales.defaultLocale();
            int u = key.lastIndexOf('_');
            if (u > 0 && locales.nonDefaultLocales().contains(key.substring(u + 1))) {
                base = key.substring(0, u);
                locale = key.substring(u + 1);
            }
            PropertyDefinition p = byName.get(base);
            if (p == null) {
                out.add(where + ": '" + key + "' is not a property of the content type (" + String.join(", ", byName.keySet()) + ")");
                continue;
            }
            if (!locale.equals(locales.defaultLocale()) && !p.i18n()) {
                out.add(where + ": '" + key + "' has a locale suffix but '" + base + "' is not i18n");
                continue;
            }
            order.add(base + "|" + locale);
            JsonNode value = value(p, e.getValue(), where + "." + key, out);
            if (value == null) continue;
            if (p.i18n()) {
                ObjectNode byLocale = json.has(base) ? (ObjectNode) json.get(base) : json.putObject(base);
                byLocale.set(locale, value);
            } else {
                json.set(base, value);
            }
        }
        List<String> expected = new ArrayList<>();
        for (PropertyDefinition d : defs) {
            for (String l : locales.locales()) if (order.contains(d.name() + "|" + l)) expected.add(d.name() + "|" + l);
        }
        if (!expected.equals(order)) out.add(where + ": properties must follow the definition order, default locale first: " + order);
        return json;
    }

    private static JsonNode value(PropertyDefinition p, YamlNode n, String where, List<String> out) {
        if (p.isSubModel()) {
            if (!n.isMapping() || !n.text("jcr:primaryType").orElse("").equals("mgnl:contentNode")) {
                out.add(where + ": a sub-model value is a mapping with jcr:primaryType: mgnl:contentNode");
                return null;
            }
            Map<String, YamlNode> children = new LinkedHashMap<>(n.entries());
            children.remove("jcr:primaryType");
            if (!p.multiple()) return toJson(p.subModel().properties(), children, where, out);
            ArrayNode a = NODES.arrayNode();
            int i = 0;
            for (Map.Entry<String, YamlNode> c : children.entrySet()) {
                if (!c.getKey().equals(Integer.toString(i++)) || !c.getValue().isMapping()
                        || !c.getValue().text("jcr:primaryType").orElse("").equals("mgnl:contentNode")) {
                    out.add(where + ": the entries of a multiple sub-model are '0', '1', ... each with jcr:primaryType: mgnl:contentNode");
                    return null;
                }
                Map<String, YamlNode> props = new LinkedHashMap<>(c.getValue().entries());
                props.remove("jcr:primaryType");
                a.add(toJson(p.subModel().properties(), props, where + "." + c.getKey(), out));
            }
            return a;
        }
        if (p.multiple()) {
            if (!n.isSequence() || n.items().isEmpty()) {
                out.add(where + ": a multiple property is a non-empty list");
                return null;
            }
            ArrayNode a = NODES.arrayNode();
            for (YamlNode one : n.items()) {
                JsonNode j = scalar(p.fieldType(), one, where, out);
                if (j != null) a.add(j);
            }
            return a;
        }
        return scalar(p.fieldType(), n, where, out);
    }

    private static JsonNode scalar(FieldType type, YamlNode n, String where, List<String> out) {
        if (!n.isScalar()) {
            out.add(where + ": expected a single value");
            return null;
        }
        String t = n.text();
        try {
            if (type instanceof LongField) {
                if (n.quoted()) throw new IllegalArgumentException("a whole number is written plain, without quotes");
                return NODES.numberNode(Long.parseLong(t));
            }
            if (type instanceof DecimalField || type instanceof DoubleField) {
                if (n.quoted()) throw new IllegalArgumentException("a number is written plain, without quotes");
                return NODES.numberNode(new BigDecimal(t));
            }
            if (type instanceof BooleanField) {
                if (n.quoted() || !(t.equals("true") || t.equals("false"))) throw new IllegalArgumentException("a boolean is true or false, unquoted");
                return NODES.booleanNode(Boolean.parseBoolean(t));
            }
            if (type instanceof GeoField) {
                String[] ll = t.split(",");
                if (ll.length != 2) throw new IllegalArgumentException("a point is written 'lat,lon'");
                ObjectNode o = NODES.objectNode();
                o.put("lat", Double.parseDouble(ll[0]));
                o.put("lon", Double.parseDouble(ll[1]));
                return o;
            }
            if (type.name().equals("Date") && !n.quoted()) throw new IllegalArgumentException("a date is a quoted ISO string");
        } catch (IllegalArgumentException e) {
            out.add(where + ": " + e.getMessage() + " ('" + t + "')");
            return null;
        }
        if (type instanceof RichTextField) {
            Matcher m = TAG.matcher(t);
            while (m.find()) {
                if (!HTML_TAGS.contains(m.group(1).toLowerCase())) out.add(where + ": HTML tag <" + m.group(1) + "> is not among " + HTML_TAGS);
            }
        }
        if (PLACEHOLDER.matcher(t).find()) out.add(where + ": placeholder text");
        return NODES.textNode(t);
    }

    @Test
    void published_locales_have_content_and_slugs_are_unique() {
        List<String> out = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        for (Item it : items.values()) {
            Set<String> present = new HashSet<>();
            collectLocales(it.type().properties(), it.body().entries(), present);
            Optional<PropertyDefinition> titleLike = it.type().properties().stream()
                    .filter(p -> p.required() && p.i18n() && !p.isSubModel()).findFirst();
            List<String> published = it.body().get("innco:publishedLocales").map(YamlNode::items).orElse(List.of())
                    .stream().map(YamlNode::text).toList();
            String source = it.body().text("innco:sourceLocale").orElse("");
            List<String> needed = new ArrayList<>(published);
            needed.add(source);
            for (String l : needed) {
                if (!present.contains(l)) out.add(it.label() + ": locale " + l + " is published or the source but has no localised value");
                if (titleLike.isPresent() && !it.body().entries().containsKey(locales.propertyName(titleLike.get().name(), l))) {
                    out.add(it.label() + ": locale " + l + " has no " + titleLike.get().name());
                }
            }
            for (String l : locales.locales()) {
                it.body().text(locales.propertyName("slug", l)).ifPresent(s -> {
                    String other = slugs.put(it.workspace() + "/" + l + "/" + s, it.label());
                    if (other != null) out.add(it.label() + ": slug '" + s + "' (" + l + ") is also used by " + other);
                });
            }
        }
        assertEquals(List.of(), out);
    }

    private static void collectLocales(List<PropertyDefinition> defs, Map<String, YamlNode> stored, Set<String> present) {
        for (PropertyDefinition p : defs) {
            if (p.isSubModel()) {
                YamlNode n = stored.get(p.name());
                if (n == null || !n.isMapping()) continue;
                if (!p.multiple()) collectLocales(p.subModel().properties(), n.entries(), present);
                else n.entries().values().stream().filter(YamlNode::isMapping)
                        .forEach(c -> collectLocales(p.subModel().properties(), c.entries(), present));
            } else if (p.i18n()) {
                for (String l : locales.locales()) if (stored.containsKey(locales.propertyName(p.name(), l))) present.add(l);
            }
        }
    }

    @Test
    void illustrative_items_say_so() {
        // every organisation, case study, workshop material and campaign that is not one of the partners is demo content
        List<String> out = new ArrayList<>();
        for (Item it : items.values()) {
            if (it.type().property("demo").isEmpty()) continue;
            boolean demo = it.body().text("demo").map("true"::equals).orElse(false);
            boolean partner = it.body().text("role").map("partner"::equals).orElse(false);
            boolean factual = partner || it.type().name().equals("event");
            if (!factual && !demo) out.add(it.label() + ": illustrative content must be marked demo: true");
            if (factual && demo) out.add(it.label() + ": facts from the source must not be marked demo");
        }
        assertEquals(List.of(), out);
    }
}
