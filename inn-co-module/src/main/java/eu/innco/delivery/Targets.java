package eu.innco.delivery;

import java.util.Optional;

/** Finds the items that expanded references point to: published ones for delivery, working copies for preview. */
@FunctionalInterface
public interface Targets {
    Optional<RenderInput> find(String type, String id);

    Targets NONE = (type, id) -> Optional.empty();
}
