package eu.innco.web.portal;

import java.util.List;
import java.util.Optional;

/**
 * Where each content type lives on the portal: its delivery endpoint, its content type and the
 * path word of its pages ({@code /fr/case-studies/<slug>}). Path words are the same in every
 * language (see docs/decisions.md).
 */
record Sections(String type, String nodeType, String endpoint, String path) {
    static final Sections CASE_STUDIES = new Sections("caseStudy", "innco:caseStudy", "caseStudies", "case-studies");
    static final Sections ORGANISATIONS = new Sections("organisation", "innco:organisation", "organisations", "organisations");
    static final Sections MATERIALS = new Sections("workshopMaterial", "innco:workshopMaterial", "workshopMaterials", "materials");
    static final Sections EVENTS = new Sections("event", "innco:event", "events", "events");
    static final Sections CONDITIONS = new Sections("successCondition", "innco:successCondition", "successConditions", "guide/conditions");
    static final Sections TECHNIQUES = new Sections("technique", "innco:technique", "techniques", "guide/techniques");
    static final Sections GUIDES = new Sections("guide", "innco:guide", "guides", "guide");
    static final Sections CAMPAIGNS = new Sections("campaign", "innco:campaign", "campaigns", "campaigns");

    static final List<Sections> ALL = List.of(CASE_STUDIES, ORGANISATIONS, MATERIALS, EVENTS, CONDITIONS, TECHNIQUES, GUIDES, CAMPAIGNS);

    static Optional<Sections> byNodeType(String nodeType) {
        return ALL.stream().filter(s -> s.nodeType.equals(nodeType)).findFirst();
    }

    static Optional<Sections> byType(String type) {
        return ALL.stream().filter(s -> s.type.equals(type)).findFirst();
    }

    /** The guide is one page, not one per item. */
    boolean single() {
        return this == GUIDES;
    }
}
