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
import java.util.Random;

/**
 * Network members for the map's figures ({@code generate --members N}): organisations with the role
 * {@code member}, shaped as an approved application makes them (kind, country, city, a point in that
 * country, NACE sections, working languages, a description in the application's language, which is
 * the source locale), each with an English translation added as members do on their account page, so
 * that every member is on the English map and the others show theirs plus those of their own
 * language. No contact data: members' people live in their accounts, never on the organisation.
 * Deterministic for a seed.
 */
public final class MemberGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> KINDS = List.of("cooperative", "mutual", "association", "foundation", "socialEnterprise",
            "localAuthority", "network", "trainingOrganisation", "other");
    private static final String SECTORS = "ABCDEFGHIJKLMNOPQRSTU";
    /** country, its language (a site locale where there is one), the latitude and longitude of a box inside it. */
    private static final String[][] PLACES = {
            {"FR", "fr", "44.0", "48.8", "-0.8", "6.5"}, {"BE", "fr", "50.3", "51.1", "3.3", "5.6"}, {"BE", "nl", "50.9", "51.3", "3.2", "5.3"},
            {"IT", "it", "40.8", "45.6", "8.0", "15.5"}, {"PL", "pl", "50.3", "54.0", "15.5", "23.2"}, {"CY", "el", "34.75", "35.15", "32.6", "33.9"},
            {"GR", "el", "37.6", "40.8", "21.2", "23.8"}, {"DE", "de", "48.2", "53.5", "7.2", "13.8"}, {"AT", "de", "47.2", "48.3", "13.0", "16.3"},
            {"NL", "nl", "51.6", "53.1", "4.6", "6.8"}, {"ES", "en", "37.5", "42.8", "-6.0", "-0.5"}, {"PT", "en", "38.0", "41.8", "-8.6", "-7.2"},
            {"IE", "en", "52.2", "54.2", "-9.3", "-6.4"}, {"CZ", "en", "49.2", "50.6", "13.2", "17.8"}, {"SE", "en", "56.3", "60.5", "12.8", "17.5"}};
    private static final String[] WORDS = "solidarity commons kitchen workshop repair bakery garden energy housing care craft print bicycle market school".split(" ");

    private final ContentService content;
    private final PublicationService publication;
    private final Random random;
    private final Progress progress;

    public MemberGenerator(ContentService content, PublicationService publication, long seed, Progress progress) {
        this.content = content;
        this.publication = publication;
        this.random = new Random(seed ^ 0x5eed_3e3b);
        this.progress = progress;
    }

    /** Writes and publishes {@code members} member organisations, {@code batch} per publication. */
    public void generate(int members, int batch) {
        List<PublishTarget> pending = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        progress.stage("members", members);
        for (int i = 0; i < members; i++) {
            String[] place = PLACES[random.nextInt(PLACES.length)];
            String id = content.create(Actor.SYSTEM, "organisation", member(i, place)).id();
            pending.add(new PublishTarget("organisation", id, place[1].equals("en") ? List.of("en") : List.of(place[1], "en")));
            prefixes.add(id + ".");
            progress.step();
            if (pending.size() >= batch || i == members - 1) {
                publication.publishTogether(Actor.SYSTEM, List.copyOf(pending), List.copyOf(prefixes), false, "benchmark members", "import", null);
                pending.clear();
                prefixes.clear();
            }
        }
    }

    private ObjectNode member(int i, String[] place) {
        ObjectNode body = F.objectNode();
        body.put("sourceLocale", place[1]);
        ObjectNode p = body.putObject("properties");
        p.put("name", "Member " + i + " " + word() + " " + word());
        p.put("kind", KINDS.get(random.nextInt(KINDS.size())));
        p.put("role", "member");
        p.put("country", place[0]);
        p.put("city", "Town " + (i % 300));
        p.putObject("location").put("lat", between(place[2], place[3])).put("lon", between(place[4], place[5]));
        ArrayNode sectors = p.putArray("sectors");
        int first = random.nextInt(SECTORS.length());
        sectors.add(String.valueOf(SECTORS.charAt(first)));
        if (random.nextBoolean()) sectors.add(String.valueOf(SECTORS.charAt((first + 1 + random.nextInt(SECTORS.length() - 1)) % SECTORS.length())));
        ArrayNode languages = p.putArray("languages");
        languages.add(place[1]);
        if (!place[1].equals("en") && random.nextBoolean()) languages.add("en");
        ObjectNode description = p.putObject("description");
        description.put(place[1], "<p>" + word() + " " + word() + " " + word() + ", " + word() + " " + word() + ".</p>");
        description.put("en", "<p>" + word() + " " + word() + " " + word() + ".</p>");
        return body;
    }

    private double between(String low, String high) {
        double lo = Double.parseDouble(low);
        return Math.round((lo + random.nextDouble() * (Double.parseDouble(high) - lo)) * 10_000) / 10_000.0;
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
