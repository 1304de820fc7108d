package eu.innco.exports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.InncoException;
import eu.innco.content.ItemNodes;
import eu.innco.content.ItemValues;
import eu.innco.content.Slugs;
import eu.innco.content.SystemProperties;
import eu.innco.content.ValuesJson;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.field.Dates;
import eu.innco.contenttype.field.Violations;
import eu.innco.site.SiteLocales;
import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one item file: checks the item's own keys (node type, file name, uuid, dates, locales,
 * binary checksum) and turns its properties into values through the field types. Every problem is
 * added to the import's errors with file and line; the item comes back whenever its type and
 * name are known, so that later checks can report more.
 */
final class ItemFileReader {
    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final ContentTypeRegistry types;
    private final SiteLocales locales;
    private final ValuesJson valuesJson;

    ItemFileReader(ContentTypeRegistry types, SiteLocales locales) {
        this.types = types;
        this.locales = locales;
        this.valuesJson = new ValuesJson(locales);
    }

    Optional<ItemFile> read(Path file, String label, ImportErrors errors) {
        YamlNode root;
        try {
            // a file beyond the limit is not parsed at all: reading it would take minutes and most of the heap
            long size = java.nio.file.Files.size(file);
            if (size > ImportLimits.MAX_ITEM_FILE_BYTES) {
                errors.add(label + ":1", "the file is " + ImportLimits.mib(size) + "; an item file may be at most "
                        + ImportLimits.mib(ImportLimits.MAX_ITEM_FILE_BYTES));
                return Optional.empty();
            }
            root = YamlReader.read(file, label, ImportLimits.MAX_VALUE_CHARS);
        } catch (InncoException e) {
            errors.addAll(e.errors());
            return Optional.empty();
        } catch (java.io.IOException e) {
            errors.add(label + ":1", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        if (!root.isMapping() || root.entries().size() != 1) {
            errors.add(root.location(), "an item file holds one mapping: the node name, with the item's keys under it");
            return Optional.empty();
        }
        Map.Entry<String, YamlNode> top = root.entries().entrySet().iterator().next();
        String name = top.getKey();
        YamlNode item = top.getValue();
        if (!item.isMapping()) {
            errors.add(item.location(), "'" + name + "' must be a mapping starting with jcr:primaryType");
            return Optional.empty();
        }
        if (!Slugs.isValid(name)) {
            errors.add(root.location(), "'" + name + "' is not a node name: lower-case letters, digits and single hyphens");
        }
        ContentTypeDefinition type = type(item, label, errors).orElse(null);
        if (type == null) return Optional.empty();
        String expected = ExportNames.yamlFile(type.workspace(), name);
        if (!Path.of(label).getFileName().toString().equals(expected)) {
            errors.add(root.location(), "the file must be named '" + expected + "': the workspace of " + type.name()
                    + " items, then the node name");
        }
        return Optional.of(item(file, item, type, name, Optional.empty(), label, errors));
    }

    /**
     * One item of Magnolia's export of a workspace, written as a YAML export of that one node
     * ({@code yaml}, read under {@code yamlLabel}; {@code label} names it in the answer): its name is Magnolia's, {@code slug} the node name it gets here, and it is
     * published as Magnolia had it ({@code mgnl:activationStatus}) wherever it is complete.
     */
    Optional<ItemFile> readMagnolia(String yaml, String yamlLabel, String label, ContentTypeDefinition type, String slug,
                                    String magnoliaPath, ImportErrors errors) {
        YamlNode root;
        try {
            root = YamlReader.read(new java.io.StringReader(yaml), yamlLabel);
        } catch (InncoException e) {
            errors.addAll(e.errors());
            return Optional.empty();
        }
        YamlNode item = root.entries().values().iterator().next();
        return Optional.of(item(Path.of("magnolia-export"), item, type, slug, Optional.of(magnoliaPath), label, errors));
    }

    private ItemFile item(Path file, YamlNode item, ContentTypeDefinition type, String name, Optional<String> magnoliaPath,
                          String label, ImportErrors errors) {
        Fields f = new Fields(item, errors);
        Optional<String> uuid = f.text(ExportNames.UUID).filter(u -> f.check(u.matches(UUID), ExportNames.UUID,
                "must be a UUID such as 0b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3")).map(String::toLowerCase);
        Optional<String> source = f.text(ExportNames.SOURCE_LOCALE).filter(l -> f.check(locales.contains(l),
                ExportNames.SOURCE_LOCALE, "must be a site locale: " + locales.locales()));
        Locations where = new Locations(item.location());
        item.entries().forEach((k, n) -> { if (ExportNames.ITEM_KEYS.contains(k)) where.put(k, n.location(), k); });
        Violations v = new Violations();
        ObjectNode json = new PropertiesYaml(locales, errors, where).read(type.properties(), item, ExportNames.ITEM_KEYS, "properties", "");
        ItemValues values = valuesJson.read(type.properties(), json, "properties", v);
        var translations = new TranslationsYaml(locales, valuesJson, errors, where)
                .read(item, type.properties(), values, source.orElseGet(() -> firstLocaleWithValues(type, values)), v);
        Optional<ItemFile.Binary> binary = new BinaryReader(file, type, errors).read(item);
        List<String> published = magnoliaPath.isEmpty() ? publishedLocales(item, errors)
                : f.text("mgnl:activationStatus").filter("true"::equals).map(t -> completeLocales(type, values)).orElse(List.of());
        return new ItemFile(label, item.location(), type, name, uuid, f.date(SystemProperties.CREATED),
                f.text(SystemProperties.CREATED_BY), f.date(SystemProperties.LAST_MODIFIED), f.text(SystemProperties.LAST_MODIFIED_BY),
                source, published, translations, values, v.list(), where, binary, magnoliaPath);
    }

    /** The site locales in which the item has values and lacks nothing required: Magnolia publishes a node, not a locale. */
    private List<String> completeLocales(ContentTypeDefinition type, ItemValues values) {
        List<String> out = locales.locales().stream().filter(l -> ItemNodes.hasValueIn(type.properties(), values, l)
                && eu.innco.content.Completeness.missing(type.properties(), values, l).isEmpty()).toList();
        // a type without localised values (no i18n property) is published in the site's default locale, as a new item is
        boolean anyLocalised = locales.locales().stream().anyMatch(l -> ItemNodes.hasValueIn(type.properties(), values, l));
        String d = locales.defaultLocale();
        return anyLocalised || !eu.innco.content.Completeness.missing(type.properties(), values, d).isEmpty() ? out : List.of(d);
    }

    /** The source locale of an item whose file does not name one: the first site locale in which it has values. */
    String firstLocaleWithValues(ContentTypeDefinition type, ItemValues values) {
        for (String l : locales.locales()) if (ItemNodes.hasValueIn(type.properties(), values, l)) return l;
        return locales.defaultLocale();
    }

    private Optional<ContentTypeDefinition> type(YamlNode item, String label, ImportErrors errors) {
        YamlNode t = item.get(ExportNames.PRIMARY_TYPE).orElse(null);
        List<String> known = types.all().stream().map(ContentTypeDefinition::nodeType).toList();
        if (t == null || !t.isScalar()) {
            errors.add(item.location(), "jcr:primaryType is required: the node type of a content type, one of " + known);
            return Optional.empty();
        }
        // several types may share Magnolia's mgnl:content: the file's workspace prefix tells them apart
        String workspace = Path.of(label).getFileName().toString().split("\\.")[0];
        Optional<ContentTypeDefinition> type = types.byWorkspace(workspace).filter(w -> w.nodeType().equals(t.text()))
                .or(() -> types.byNodeType(t.text()));
        if (type.isEmpty()) errors.add(t.location(), "unknown node type '" + t.text() + "'; the content types have " + known);
        return type;
    }

    private List<String> publishedLocales(YamlNode item, ImportErrors errors) {
        YamlNode n = item.get(ExportNames.PUBLISHED_LOCALES).orElse(null);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (!n.isSequence()) {
            errors.add(n.location(), "innco:publishedLocales must be a list of site locales, such as [en, fr]");
            return out;
        }
        for (YamlNode l : n.items()) {
            if (!l.isScalar() || !locales.contains(l.text())) {
                errors.add(l.location(), "innco:publishedLocales: '" + (l.isScalar() ? l.text() : "") + "' is not a site locale " + locales.locales());
            } else if (!out.contains(l.text())) {
                out.add(l.text());
            }
        }
        // kept in site-locale order, whatever order the file uses
        out.sort(java.util.Comparator.comparingInt(locales.locales()::indexOf));
        return out;
    }

    /** The item's own scalar keys, with their errors at their lines. */
    private record Fields(YamlNode item, ImportErrors errors) {
        Optional<String> text(String key) {
            YamlNode n = item.get(key).orElse(null);
            if (n == null || n.isNull()) return Optional.empty();
            if (!n.isScalar()) {
                errors.add(n.location(), key + " must be a single value");
                return Optional.empty();
            }
            return Optional.of(n.text());
        }

        Optional<Instant> date(String key) {
            Optional<String> t = text(key);
            Optional<Instant> d = t.flatMap(Dates::parse);
            if (t.isPresent() && d.isEmpty()) check(false, key, "must be an ISO-8601 date and time such as '2026-11-20T09:00:00.000Z'");
            return d;
        }

        boolean check(boolean ok, String key, String message) {
            if (!ok) errors.add(item.get(key).map(YamlNode::location).orElse(item.location()), key + " " + message);
            return ok;
        }
    }
}
