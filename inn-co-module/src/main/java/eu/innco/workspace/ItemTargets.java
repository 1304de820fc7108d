package eu.innco.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Published items that a reference in a plain workspace may point to: an item of the content type
 * whose workspace is the rule's {@code targetWorkspace}, or an INN-CO asset for an asset rule (with
 * {@code @link}, {@code metadata} and the rule's renditions). Provided by the delivery engine.
 */
@FunctionalInterface
public interface ItemTargets {
    /** {@code locale}: a site locale, or {@code all}; {@code depth}: how deep sub-models are embedded. */
    Optional<JsonNode> find(ReferenceRule rule, String id, String locale, int depth, boolean systemProperties);

    ItemTargets NONE = (rule, id, locale, depth, system) -> Optional.empty();
}
