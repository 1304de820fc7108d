package eu.innco.web.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.ContentService;
import eu.innco.progress.Progress;
import eu.innco.publishing.PublicationService;
import eu.innco.publishing.PublishTarget;
import eu.innco.security.Actor;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark content for the exchange ({@code generate --exchange N}): a member organisation per 50
 * items, then N offers and needs in turn, each written in its member's language only (as members
 * do), with a category, one or two sectors, one to three countries or remote, one to three working
 * languages and a date from one to twelve months ahead; all published. Deterministic for a seed.
 */
public final class ExchangeGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> LOCALES = List.of("en", "fr", "nl", "de", "it", "pl", "el");
    private static final List<String> COUNTRIES = List.of("FR", "BE", "NL", "DE", "IT", "PL", "CY", "GR", "ES", "PT", "AT", "LU");
    private static final List<String> CATEGORIES = List.of("premises", "equipment", "vehicles", "staffTime", "storage", "funding", "training",
            "accounting", "it", "legal", "fundraising", "publicTenders", "languages", "facilitation", "communication", "evaluation");
    private static final String SECTORS = "ABCDEFGHIJKLMNOPQRSTU";
    private final ContentService content;
    private final PublicationService publication;
    private final Random random;
    private final Progress progress;

    public ExchangeGenerator(ContentService content, PublicationService publication, long seed, Progress progress) {
        this.content = content;
        this.publication = publication;
        this.random = new Random(seed);
        this.progress = progress;
    }

    public void generate(int items, int batch) {
        int members = Math.max(2, items / 50);
        List<String[]> orgs = new ArrayList<>(); // id, country, locale
        List<PublishTarget> pending = new ArrayList<>();
        progress.stage("members", members);
        for (int i = 0; i < members; i++) {
            String country = pick(COUNTRIES);
            String locale = pick(LOCALES);
            ObjectNode p = F.objectNode();
            p.put("name", "Member " + i);
            p.put("country", country);
            p.put("role", "member");
            p.putObject("location").put("lat", 36 + random.nextInt(2400) / 100.0).put("lon", -9 + random.nextInt(3700) / 100.0);
            p.putObject("description").put(locale, "<p>Member " + i + "</p>");
            String id = content.create(Actor.SYSTEM, "organisation", body(p, locale)).id();
            orgs.add(new String[] {id, country, locale});
            pending.add(new PublishTarget("organisation", id, List.of(locale)));
            progress.step();
            if (pending.size() >= batch) publish(pending);
        }
        publish(pending);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        progress.stage("offers and needs", items);
        for (int i = 0; i < items; i++) {
            String[] org = orgs.get(random.nextInt(orgs.size()));
            String type = i % 2 == 0 ? "offer" : "need";
            ObjectNode p = F.objectNode();
            p.putObject("title").put(org[2], type + " " + i + " " + pick(CATEGORIES));
            p.putObject("description").put(org[2], "Generated " + type + " number " + i + ".");
            p.put("category", pick(CATEGORIES));
            array(p.putArray("sectors"), distinct(1 + random.nextInt(2), () -> String.valueOf(SECTORS.charAt(random.nextInt(SECTORS.length())))));
            boolean remote = random.nextInt(5) == 0;
            p.put("remote", remote);
            array(p.putArray("countries"), distinct(remote ? 0 : 1 + random.nextInt(3), () -> pick(COUNTRIES)));
            array(p.putArray("languages"), distinct(1 + random.nextInt(3), () -> pick(LOCALES)));
            p.put("validUntil", today.plusDays(30 + random.nextInt(330)) + "T00:00:00Z");
            p.put("member", org[0]);
            p.put("memberCountry", org[1]);
            String id = content.create(Actor.SYSTEM, type, body(p, org[2])).id();
            pending.add(new PublishTarget(type, id, List.of(org[2])));
            progress.step();
            if (pending.size() >= batch) publish(pending);
        }
        publish(pending);
    }

    private void publish(List<PublishTarget> targets) {
        if (targets.isEmpty()) return;
        publication.publishTogether(Actor.SYSTEM, List.copyOf(targets), targets.stream().map(t -> t.id() + ".").toList(), false,
                "benchmark data", "import", null);
        targets.clear();
    }

    private static ObjectNode body(ObjectNode properties, String locale) {
        ObjectNode b = F.objectNode();
        b.put("sourceLocale", locale);
        b.set("properties", properties);
        return b;
    }

    private Set<String> distinct(int n, java.util.function.Supplier<String> next) {
        Set<String> out = new LinkedHashSet<>();
        for (int tries = 0; out.size() < n && tries < 20; tries++) out.add(next.get());
        return out;
    }

    private static void array(ArrayNode a, Set<String> values) {
        values.forEach(a::add);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
