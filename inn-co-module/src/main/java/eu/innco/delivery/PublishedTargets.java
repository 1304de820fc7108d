package eu.innco.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.assets.AssetService;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.publishing.PublicReader;
import eu.innco.workspace.ItemTargets;
import eu.innco.workspace.ReferenceRule;
import java.util.List;
import java.util.Optional;

/**
 * The published items that references in plain workspaces name (a page's image, a component's
 * tour), rendered as the delivery API renders items: an asset rule resolves INN-CO's asset type,
 * a JCR rule the content type of its {@code targetWorkspace}. Only published snapshots are read.
 */
final class PublishedTargets implements ItemTargets {
    private final ContentTypeRegistry types;
    private final PublicReader reader;
    private final NodeRenderer renderer;

    PublishedTargets(ContentTypeRegistry types, PublicReader reader, NodeRenderer renderer) {
        this.types = types;
        this.reader = reader;
        this.renderer = renderer;
    }

    @Override
    public Optional<JsonNode> find(ReferenceRule rule, String id, String locale, int depth, boolean systemProperties) {
        Optional<ContentTypeDefinition> type = rule.asset() ? types.get(AssetService.TYPE) : types.byWorkspace(rule.targetWorkspace());
        if (type.isEmpty()) return Optional.empty();
        return reader.byId(type.get().name(), id).flatMap(p -> {
            RenderInput in = RenderInput.published(p, type.get());
            EndpointDefinition as = new EndpointDefinition("", "", type.get(), "/", depth, systemProperties, 1, List.of());
            return renderer.render(as, in, locale, Targets.NONE).map(o -> {
                if (rule.asset()) AssetLinks.add(o, in, rule.renditions());
                return (JsonNode) o;
            });
        });
    }
}
