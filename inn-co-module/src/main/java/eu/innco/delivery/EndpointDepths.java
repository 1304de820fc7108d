package eu.innco.delivery;

import eu.innco.FieldError;
import eu.innco.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Magnolia's {@code childNodeTypes} and {@code referenceDepth}, as far as our delivery goes: the
 * children we embed are sub-model values ({@code mgnl:contentNode}) and a reference is expanded one
 * level. A setting that asks for exactly that is accepted quietly; one asking for more is a warning
 * with file and line, so nobody believes it took effect.
 */
final class EndpointDepths {
    static final String CHILD_TYPE = "mgnl:contentNode";
    static final Set<String> PAGE_PARTS = Set.of("mgnl:area", "mgnl:component");

    private EndpointDepths() {}

    static void check(YamlNode root, List<String> warnings, List<FieldError> errors) {
        root.get("childNodeTypes").filter(n -> !n.isNull()).ifPresent(n -> childNodeTypes(n, warnings));
        root.get("referenceDepth").filter(n -> !n.isNull()).ifPresent(n -> {
            Integer depth = wholeNumber(n);
            if (depth == null || depth < 0) errors.add(new FieldError(n.location(), "referenceDepth must be a whole number, 0 or more"));
            else if (depth > 1) warnings.add(n.location() + ": referenceDepth " + depth
                    + ": INN-CO expands the listed references one level deep; deeper references stay ids");
            else if (depth == 0) warnings.add(n.location() + ": referenceDepth 0: the listed references are still expanded one level");
        });
    }

    private static void childNodeTypes(YamlNode n, List<String> warnings) {
        List<String> listed = new ArrayList<>();
        if (n.isScalar()) listed.add(n.text());
        else if (n.isSequence()) n.items().stream().filter(YamlNode::isScalar).forEach(i -> listed.add(i.text()));
        List<String> others = listed.stream().filter(t -> !t.equals(CHILD_TYPE)).toList();
        if (others.isEmpty()) return;
        String why = others.stream().anyMatch(PAGE_PARTS::contains) ? "page areas and components are not held by INN-CO yet"
                : "items here have no children of those types";
        warnings.add(n.location() + ": childNodeTypes " + others + ": embedded children are sub-model values (" + CHILD_TYPE
                + ") up to 'depth'; " + why);
    }

    private static Integer wholeNumber(YamlNode n) {
        try {
            return n.isScalar() ? Integer.valueOf(n.text()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
