package eu.innco.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.Dates;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Makes the Lucene document of one item for one locale: the response JSON as stored bytes with its
 * ETag, keyword, numeric and date fields of every filterable property (taken from the rendered,
 * already resolved values), and the locale's text for full-text search.
 */
final class DocumentBuilder {
    private static final int MAX_TERM_CHARS = 2000;

    private DocumentBuilder() {}

    /**
     * {@code key}: the {@link IndexFields#LOCALE} term (a site locale, {@code all}, or a locale's
     * other-language key); {@code reader}: the locale whose full-text field holds the text.
     */
    static Document build(EndpointDefinition ep, RenderInput item, String key, String reader, String from, byte[] json, ObjectNode values,
                          Collection<String> refs, String text, byte[] geo) {
        Document d = new Document();
        d.add(new StringField(IndexFields.ENDPOINT, ep.name(), Field.Store.NO));
        d.add(new StringField(IndexFields.LOCALE, key, Field.Store.NO));
        d.add(new StringField(IndexFields.ID, item.id(), Field.Store.NO));
        d.add(new StringField(IndexFields.PATH, ep.relativePath(item.path()), Field.Store.NO));
        d.add(new StringField(IndexFields.KEY, IndexFields.key(ep.name(), key, IndexFields.PATH, ep.relativePath(item.path())), Field.Store.NO));
        d.add(new StringField(IndexFields.KEY, IndexFields.key(ep.name(), key, IndexFields.ID, item.id()), Field.Store.NO));
        d.add(new StringField(IndexFields.ITEM, IndexFields.item(ep.name(), item.id()), Field.Store.YES));
        d.add(new StoredField(IndexFields.TYPE, item.type().name()));
        d.add(new NumericDocValuesField(IndexFields.TIE, IndexState.hash(item.id(), 0, java.util.List.of())));
        for (String r : refs) d.add(new StringField(IndexFields.REFS, r, Field.Store.NO));
        BytesRef answer = AnswerValue.encode(json, etag(key, json), from, IndexFields.item(ep.name(), item.id()));
        // the all-languages answer holds every translation and is rarely asked for: compressed, as a stored field
        d.add(NodeRenderer.ALL.equals(key) ? new StoredField(IndexFields.ANSWER_STORED, answer) : new BinaryDocValuesField(IndexFields.ANSWER, answer));
        SubNodes.ids(values, id -> d.add(new StringField(IndexFields.SUB_ID, id, Field.Store.NO)));
        if (geo != null) {
            // a doc value, not a stored field: the GeoJSON of thousands of items must not decompress their JSON
            d.add(new BinaryDocValuesField(IndexFields.GEO, new BytesRef(geo)));
            d.add(new StringField(IndexFields.HAS_GEO, "y", Field.Store.NO));
        }
        d.add(new TextField(Analyzers.textField(reader), text, Field.Store.NO));
        for (Filterable f : Filterable.of(item.type()).values()) add(d, f, values.get(f.name()));
        return d;
    }

    /** Marks the {@code all} document with the item's state, for the staleness check. */
    static void state(Document d, long hash) {
        d.add(new NumericDocValuesField(IndexFields.STATE, hash));
    }

    private static void add(Document d, Filterable f, JsonNode v) {
        if (v == null || v.isNull()) return;
        if (v.isArray()) {
            for (JsonNode one : v) add(d, f, one);
            return;
        }
        if (v.isObject()) v = v.path("@id"); // an expanded reference filters by its id
        if (v.isMissingNode()) return;
        switch (f.kind()) {
            case LONG -> { if (v.canConvertToLong()) d.add(new LongField(f.numericField(), v.longValue(), Field.Store.NO)); }
            case DOUBLE -> d.add(new DoubleField(f.numericField(), v.isTextual() ? new BigDecimal(v.textValue()).doubleValue() : v.doubleValue(), Field.Store.NO));
            case DATE -> Dates.parse(v.asText()).ifPresent(i -> d.add(new LongField(f.numericField(), i.toEpochMilli(), Field.Store.NO)));
            case KEYWORD, BOOLEAN -> {
                String s = clip(v.asText());
                d.add(new StringField(f.exactField(), s, Field.Store.NO));
                d.add(new KeywordField(f.foldedField(), fold(s), Field.Store.NO));
            }
        }
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String clip(String s) {
        return s.length() > MAX_TERM_CHARS ? s.substring(0, MAX_TERM_CHARS) : s;
    }

    /** The full-text of the rendered item: its name and every text value, rich text without tags. */
    static String text(List<PropertyDefinition> props, JsonNode node, StringBuilder out) {
        out.append(node.path("@name").asText("")).append('\n');
        collect(props, node, out);
        return out.toString();
    }

    private static void collect(List<PropertyDefinition> props, JsonNode node, StringBuilder out) {
        for (PropertyDefinition p : props) {
            JsonNode v = node.get(p.name());
            if (v == null) continue;
            if (p.isSubModel()) {
                if (!p.multiple()) collect(p.subModel().properties(), v, out);
                else v.path("@nodes").forEach(n -> collect(p.subModel().properties(), v.path(n.asText()), out));
            } else if (p.fieldType().isText()) {
                text(v, out);
            }
        }
    }

    private static void text(JsonNode v, StringBuilder out) {
        if (v.isTextual()) out.append(plain(v.textValue())).append('\n');
        else if (v.isArray() || v.isObject()) v.forEach(x -> text(x, out));
    }

    static String plain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) return html;
        return html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }

    /** A strong entity tag: a hash of the locale and the exact bytes. */
    static String etag(String locale, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(locale.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            byte[] h = md.digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(h, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Filterable> filterables(EndpointDefinition ep) {
        return Filterable.of(ep.type());
    }
}
