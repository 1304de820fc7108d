package eu.innco.exports;

import eu.innco.content.ItemNodes;
import eu.innco.content.ItemValues;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.jcr.Node;
import javax.jcr.NodeIterator;

/**
 * The organisations as a CSV in the Solidarity Economy Association's SSE data standard, for SSE
 * directories and maps. One row per organisation by node name; demo organisations are left out.
 * Fields that an organisation lacks are empty.
 */
public final class SseCsvExporter {
    public static final List<String> COLUMNS = List.of("Identifier", "Name", "Description", "Organisational Structure",
            "Primary Activity", "Activities", "Street Address", "Locality", "Region", "Postcode", "Country Name", "Website",
            "Phone", "Email");
    static final String TYPE = "organisation";

    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final SiteLocales locales;
    private final AccessPolicy policy;
    private final ItemNodes nodes;

    public SseCsvExporter(ContentRepository repository, ContentTypeRegistry types, SiteLocales locales, AccessPolicy policy) {
        this.repository = repository;
        this.types = types;
        this.locales = locales;
        this.policy = policy;
        this.nodes = new ItemNodes(locales);
    }

    /** Writes the CSV in UTF-8 and returns the number of organisations in it. */
    public int write(Actor actor, OutputStream target) {
        policy.check(actor, Action.EXPORT, Ownership.NEW);
        ContentTypeDefinition type = types.require(TYPE);
        List<List<String>> rows = repository.read(s -> {
            List<List<String>> out = new ArrayList<>();
            if (!s.nodeExists(type.rootPath())) return out;
            TreeMap<String, Node> byName = new TreeMap<>();
            for (NodeIterator it = s.getNode(type.rootPath()).getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                if (n.getPrimaryNodeType().getName().equals(type.nodeType())) byName.put(n.getName(), n);
            }
            for (Node n : byName.values()) {
                ItemValues v = nodes.values().read(n, type.properties());
                if (!Boolean.TRUE.equals(v.get("demo").orElse(false))) out.add(row(n.getIdentifier(), v));
            }
            return out;
        });
        // the caller owns the stream: flushed, not closed
        Writer w = new OutputStreamWriter(target, StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(w);
        csv.row(COLUMNS);
        rows.forEach(csv::row);
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.size();
    }

    private List<String> row(String uuid, ItemValues v) {
        List<String> activities = new ArrayList<>(activities(v));
        String country = text(v, "country");
        return List.of(
                identifier(uuid),
                text(v, "name"),
                HtmlText.plain(text(v, "description")),
                EssGlobal.STRUCTURE.getOrDefault(text(v, "kind"), ""),
                activities.isEmpty() ? "" : activities.get(0),
                String.join(";", activities),
                text(v, "address"), text(v, "city"), text(v, "region"), text(v, "postcode"),
                country.isEmpty() ? "" : new Locale("", country).getDisplayCountry(Locale.ENGLISH),
                text(v, "website"), text(v, "phone"), text(v, "email"));
    }

    /**
     * The standard wants at most 14 letters and digits that never change. Hand-written uuids often
     * share their first digits, so the identifier is taken from a hash of the whole uuid instead.
     */
    static String identifier(String uuid) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(uuid.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 14);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Set<String> activities(ItemValues v) {
        Set<String> out = new LinkedHashSet<>();
        if (v.get("sectors").orElse(null) instanceof List<?> sectors) {
            for (Object s : sectors) {
                String label = EssGlobal.ACTIVITY.get(String.valueOf(s));
                if (label != null) out.add(label);
            }
        }
        return out;
    }

    /** A value as text: a localised one in English, else in the first site locale that has it. */
    private String text(ItemValues v, String property) {
        Object value = v.get(property).orElse(null);
        if (value instanceof Map<?, ?> byLocale) {
            for (String l : locales.chain(locales.defaultLocale())) if (byLocale.get(l) != null) return byLocale.get(l).toString();
            for (String l : locales.locales()) if (byLocale.get(l) != null) return byLocale.get(l).toString();
            return "";
        }
        return value == null ? "" : value.toString();
    }
}
