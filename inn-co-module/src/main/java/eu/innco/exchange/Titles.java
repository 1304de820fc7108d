package eu.innco.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.delivery.DeliveryService;
import java.io.IOException;
import java.util.Optional;

/**
 * An item's published document and title for a reader of a language: in that language (or its
 * fallback), else in a language the item is published in, since members write in their own language
 * and an offer in French is still worth showing to a Greek reader.
 */
public final class Titles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DeliveryService delivery;

    public Titles(DeliveryService delivery) {
        this.delivery = delivery;
    }

    /** The item's delivery document in {@code locale} (with the site's fallback), if published. */
    public Optional<JsonNode> item(Kind kind, String id, String locale) {
        Optional<JsonNode> own = read(kind, id, locale);
        if (own.isPresent()) return own;
        return read(kind, id, "all").map(all -> all.path("@availableLocales").path(0).asText(""))
                .filter(l -> !l.isEmpty()).flatMap(l -> read(kind, id, l));
    }

    private Optional<JsonNode> read(Kind kind, String id, String locale) {
        return delivery.byId(kind.plural, locale, id).map(n -> {
            try {
                return JSON.readTree(n.json());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A member organisation's name (the same in every language), or "" when it is not public. */
    public String memberName(String organisation) {
        return delivery.byId("organisations", "all", organisation).map(n -> {
            try {
                return JSON.readTree(n.json()).path("name").asText("");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).orElse("");
    }

    public String title(Kind kind, String id, String locale) {
        return item(kind, id, locale).map(j -> j.path("title")).map(t -> t.isObject() && t.size() > 0 ? t.elements().next().asText() : t.asText(""))
                .orElse("");
    }
}
