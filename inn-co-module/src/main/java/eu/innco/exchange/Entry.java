package eu.innco.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What matching knows of one published offer or need: the values it ranks by, never its words.
 * Read from the item's language-neutral delivery document.
 */
public record Entry(String id, Kind kind, String member, String category, Set<String> sectors, Set<String> countries,
                    boolean remote, Set<String> languages, LocalDate validUntil, Instant created, Map<String, String> titles) {

    /** The title in {@code locale} when the item has one there, else in its first language. */
    public String title(String locale) {
        String t = titles.get(locale);
        return t != null ? t : titles.values().stream().findFirst().orElse("");
    }

    /** Whether it is still valid on {@code today}. */
    public boolean validOn(LocalDate today) {
        return !validUntil.isBefore(today);
    }

    /** The entry of a delivery document, or empty when it lacks what matching needs. */
    static Optional<Entry> of(Kind kind, JsonNode json) {
        String id = json.path("@id").asText("");
        JsonNode member = json.path("member");
        String org = member.isObject() ? member.path("@id").asText("") : member.asText("");
        String until = json.path("validUntil").asText("");
        if (id.isEmpty() || org.isEmpty() || until.length() < 10) return Optional.empty();
        String created = json.path("mgnl:created").asText("");
        // the titles ride along, so that a page of matches reads no document per match
        Map<String, String> titles = new LinkedHashMap<>();
        json.path("title").fields().forEachRemaining(t -> titles.put(t.getKey(), t.getValue().asText()));
        return Optional.of(new Entry(id, kind, org.toLowerCase(java.util.Locale.ROOT), json.path("category").asText(""), set(json.path("sectors")),
                set(json.path("countries")), json.path("remote").asBoolean(false), set(json.path("languages")),
                LocalDate.parse(until.substring(0, 10)), created.isEmpty() ? Instant.EPOCH : Instant.parse(created),
                java.util.Collections.unmodifiableMap(titles)));
    }

    private static Set<String> set(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        if (array.isArray()) array.forEach(v -> out.add(v.asText()));
        else if (array.isTextual()) out.add(array.asText());
        return Set.copyOf(out);
    }
}
