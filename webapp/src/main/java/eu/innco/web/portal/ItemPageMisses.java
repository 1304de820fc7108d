package eu.innco.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item pages ({@code /fr/case-studies/<slug>} and the like, no query) that are not in the page
 * cache, rendered in front of Jersey: the same page function as the resource's, the same cache
 * and key, so the same bytes and ETag. Jersey's matching, its request and response filters and its
 * entity writing were a quarter of an uncached case-study page (issue 18). Only plain addresses are
 * taken (ASCII slug, a site locale); the rest, and any failure, is left to Jersey.
 */
final class ItemPageMisses {
    private static final Pattern ITEM = Pattern.compile("/([a-z]{2}(?:-[A-Za-z0-9]{2,8})?)/([a-z-]+)/([a-z0-9][a-z0-9-]*)");
    private static final Map<String, Kind> KINDS = Map.of(
            Sections.CASE_STUDIES.path(), new Kind(Sections.CASE_STUDIES, CaseStudyPages::view),
            Sections.ORGANISATIONS.path(), new Kind(Sections.ORGANISATIONS, OrganisationPages::view),
            Sections.MATERIALS.path(), new Kind(Sections.MATERIALS, MaterialPages::view),
            Sections.EVENTS.path(), new Kind(Sections.EVENTS, EventPages::view));
    private final Portal portal;

    private record Kind(Sections section, BiFunction<PortalCall, JsonNode, View> view) {}

    ItemPageMisses(Portal portal) {
        this.portal = portal;
    }

    /** The page of {@code path} when it is a plain item page, else empty (Jersey answers it). */
    Optional<Rendered> render(String path, String query) {
        if (query != null) return Optional.empty();
        Matcher m = ITEM.matcher(path);
        if (!m.matches() || !portal.site.contains(m.group(1))) return Optional.empty();
        Kind kind = KINDS.get(m.group(2));
        if (kind == null) return Optional.empty();
        PortalCall call = new PortalCall(portal, m.group(1), new RequestAddress(path), portal.delivery.generation(), false);
        return Optional.of(portal.rendered(call, portal.itemPage(m.group(3), kind.section(), kind.view())));
    }
}
