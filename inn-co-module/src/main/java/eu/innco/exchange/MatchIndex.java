package eu.innco.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.Page;
import eu.innco.publishing.PublicationEvent;
import eu.innco.publishing.PublicationListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published offers and needs in memory, as matching needs them: read once from the delivery
 * index at first use, then kept current by the publications of this server and of the others (an
 * item published or withdrawn is read again from the index, which already has it). Ranking the
 * items that fit one item is then a scan of small records, with no index query.
 */
public final class MatchIndex implements PublicationListener.Batched {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DeliveryService delivery;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** The same entries by kind and category, the condition every match meets: a question scans one bucket. */
    private final Map<String, Map<String, Entry>> buckets = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;

    MatchIndex(DeliveryService delivery) {
        this.delivery = delivery;
    }

    @Override
    public void published(PublicationEvent e) {
        if (Kind.of(e.type()).isPresent()) changed.add(e.type() + " " + e.id());
    }

    @Override
    public void publishedAll(List<PublicationEvent> events) {
        events.forEach(this::published);
    }

    /** The published item of this id, if any. */
    public Optional<Entry> get(String id) {
        current();
        return Optional.ofNullable(entries.get(id == null ? "" : id.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Every published item. */
    public Collection<Entry> all() {
        current();
        return entries.values();
    }

    /** The items valid on {@code today} that fit {@code item}, best first (then the newest), at most {@code limit}. */
    public List<Match> matches(Entry item, LocalDate today, int limit) {
        current();
        List<Match> out = new ArrayList<>();
        for (Entry other : buckets.getOrDefault(bucket(item.kind().other(), item.category()), Map.of()).values()) {
            if (other.kind() == item.kind() || !other.validOn(today)) continue;
            Match m = Matcher.of(item, other);
            if (m != null) out.add(m);
        }
        out.sort(Comparator.comparingInt(Match::score).reversed().thenComparing(m -> m.entry().created(), Comparator.reverseOrder())
                .thenComparing(m -> m.entry().id()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private void current() {
        if (!loaded) load();
        if (changed.isEmpty()) return;
        for (String key : List.copyOf(changed)) {
            changed.remove(key);
            String[] parts = key.split(" ", 2);
            Kind kind = Kind.of(parts[0]).orElseThrow();
            Optional<Entry> e = delivery.byId(kind.plural, "all", parts[1]).flatMap(n -> Entry.of(kind, parse(n.json())));
            remove(parts[1].toLowerCase(java.util.Locale.ROOT));
            e.ifPresent(this::put);
        }
    }

    private synchronized void load() {
        if (loaded) return;
        changed.clear(); // what the full read below finds is at least as new
        for (Kind kind : Kind.values()) {
            for (int offset = 0; ; offset += 100) {
                Page p = delivery.query(kind.plural, "all", Map.of("limit", List.of("100"), "offset", List.of(Integer.toString(offset))));
                for (byte[] b : p.results()) Entry.of(kind, parse(b)).ifPresent(this::put);
                if (offset + 100 >= p.total()) break;
            }
        }
        loaded = true;
    }

    private void put(Entry e) {
        entries.put(e.id(), e);
        buckets.computeIfAbsent(bucket(e.kind(), e.category()), k -> new ConcurrentHashMap<>()).put(e.id(), e);
    }

    private void remove(String id) {
        Entry old = entries.remove(id);
        if (old != null) buckets.getOrDefault(bucket(old.kind(), old.category()), Map.of()).remove(id);
    }

    private static String bucket(Kind kind, String category) {
        return kind.type + " " + category;
    }

    private static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
