package eu.innco.newsletter;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a subscriber wants to hear about; an issue is about one of them. */
public enum Topic {
    CASE_STUDIES("caseStudies"), EVENTS("events"), GUIDE_UPDATES("guideUpdates"), NETWORK_OFFERS("networkOffers");

    private final String key;

    Topic(String key) {
        this.key = key;
    }

    /** The name in forms, the repository and the bundles' {@code newsletter.topic.<key>}. */
    public String key() {
        return key;
    }

    public static Optional<Topic> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Topic::key).toList();
    }
}
