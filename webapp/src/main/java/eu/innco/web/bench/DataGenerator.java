package eu.innco.web.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.ContentService;
import eu.innco.progress.Progress;
import eu.innco.publishing.PublicationService;
import eu.innco.publishing.PublishTarget;
import eu.innco.security.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark content written as editors would, through the content and publication services: half
 * organisations with a point somewhere in Europe, half case studies that refer to two of them, each
 * with text in all seven locales at realistic sizes, all published. Deterministic for a seed.
 */
public final class DataGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> LOCALES = List.of("en", "fr", "nl", "de", "it", "pl", "el");
    private static final List<String> COUNTRIES = List.of("FR", "BE", "NL", "DE", "IT", "PL", "GR", "ES", "PT", "AT");
    private static final List<String> KINDS = List.of("cooperative", "mutual");
    private static final Map<String, String[]> WORDS = Map.of(
            "en", "cooperative shared kitchen workers members social economy solidarity market local food training partners project network community energy housing care".split(" "),
            "fr", "coopérative cuisine partagée travailleurs membres économie sociale solidaire marché local alimentation formation partenaires projet réseau".split(" "),
            "nl", "coöperatie gedeelde keuken werknemers leden sociale economie solidariteit markt lokaal voedsel opleiding partners project netwerk".split(" "),
            "de", "Genossenschaft gemeinsame Küche Beschäftigte Mitglieder Sozialwirtschaft Solidarität Markt lokal Lebensmittel Ausbildung Partner Projekt".split(" "),
            "it", "cooperativa cucina condivisa lavoratori soci economia sociale solidale mercato locale cibo formazione partner progetto rete".split(" "),
            "pl", "spółdzielnia wspólna kuchnia pracownicy członkowie ekonomia społeczna solidarność rynek lokalny żywność szkolenie partnerzy projekt".split(" "),
            "el", "συνεταιρισμός κοινή κουζίνα εργαζόμενοι μέλη κοινωνική οικονομία αλληλεγγύη αγορά τοπική τροφή εκπαίδευση εταίροι έργο δίκτυο".split(" "));

    private final ContentService content;
    private final PublicationService publication;
    private final Random random;
    private final Progress progress;

    public DataGenerator(ContentService content, PublicationService publication, long seed, Progress progress) {
        this.content = content;
        this.publication = publication;
        this.random = new Random(seed);
        this.progress = progress;
    }

    /** Writes and publishes {@code items} items; returns the ids of the organisations and the case studies. */
    public void generate(int items, int batch) {
        int orgs = Math.max(1, items / 2);
        List<String> orgIds = new ArrayList<>();
        List<PublishTarget> pending = new ArrayList<>();
        progress.stage("organisations", orgs);
        for (int i = 0; i < orgs; i++) {
            String id = content.create(Actor.SYSTEM, "organisation", organisation(i)).id();
            progress.step();
            orgIds.add(id);
            pending.add(new PublishTarget("organisation", id, LOCALES));
            if (pending.size() >= batch) publish(pending);
        }
        publish(pending);
        progress.stage("case studies", items - orgs);
        for (int i = 0; i < items - orgs; i++) {
            String a = orgIds.get(random.nextInt(orgIds.size()));
            String b = orgIds.get(random.nextInt(orgIds.size()));
            String id = content.create(Actor.SYSTEM, "caseStudy", caseStudy(i, a.equals(b) ? List.of(a) : List.of(a, b))).id();
            pending.add(new PublishTarget("caseStudy", id, LOCALES));
            progress.step();
            if (pending.size() >= batch) publish(pending);
        }
        publish(pending);
    }

    private void publish(List<PublishTarget> targets) {
        if (targets.isEmpty()) return;
        List<String> prefixes = targets.stream().map(t -> t.id() + ".").toList();
        publication.publishTogether(Actor.SYSTEM, List.copyOf(targets), prefixes, false, "benchmark data", "import", null);
        targets.clear();
    }

    private ObjectNode organisation(int i) {
        ObjectNode p = F.objectNode();
        p.put("name", "Organisation " + i + " " + word("en") + " " + word("en"));
        p.put("country", COUNTRIES.get(random.nextInt(COUNTRIES.size())));
        p.put("city", "City " + (i % 500));
        p.put("kind", KINDS.get(random.nextInt(KINDS.size())));
        p.putObject("location").put("lat", round(36 + random.nextDouble() * 24)).put("lon", round(-9 + random.nextDouble() * 37));
        ObjectNode description = p.putObject("description");
        for (String l : LOCALES) description.put(l, "<p>" + text(l, 120 + random.nextInt(160)) + "</p><p>" + text(l, 60) + "</p>");
        return body(p);
    }

    private ObjectNode caseStudy(int i, List<String> orgs) {
        ObjectNode p = F.objectNode();
        ObjectNode title = p.putObject("title");
        ObjectNode summary = p.putObject("summary");
        ObjectNode body = p.putObject("body");
        for (String l : LOCALES) {
            title.put(l, "Case " + i + ": " + text(l, 5));
            summary.put(l, text(l, 40));
            body.put(l, "<p>" + text(l, 200 + random.nextInt(200)) + "</p>");
        }
        p.put("country", COUNTRIES.get(random.nextInt(COUNTRIES.size())));
        p.put("publicationDate", String.format("%d-%02d-%02d", 2019 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        ArrayNode refs = p.putArray("organisations");
        orgs.forEach(refs::add);
        return body(p);
    }

    private static ObjectNode body(ObjectNode properties) {
        ObjectNode b = F.objectNode();
        b.set("properties", properties);
        return b;
    }

    private String text(String locale, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) sb.append(i == 0 ? "" : " ").append(word(locale));
        String s = sb.toString();
        return s.length() > 590 && words <= 40 ? s.substring(0, 590) : s;
    }

    private String word(String locale) {
        String[] w = WORDS.get(locale);
        return w[random.nextInt(w.length)];
    }

    private static double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }
}
