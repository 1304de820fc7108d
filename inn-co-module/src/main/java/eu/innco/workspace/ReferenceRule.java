package eu.innco.workspace;

import java.util.List;

/**
 * One entry of an endpoint's {@code references}, as Magnolia's JCR and asset reference resolvers
 * read it: the property whose stored identifiers are expanded, and where they point. An asset rule
 * resolves INN-CO assets; a JCR rule resolves nodes of {@code targetWorkspace} (a plain workspace or
 * a content type's). {@code renditions} are the rendition names an expanded image lists.
 */
public record ReferenceRule(String property, boolean asset, String targetWorkspace, List<String> renditions) {
    public ReferenceRule {
        renditions = List.copyOf(renditions);
    }
}
