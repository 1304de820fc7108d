package eu.innco.delivery;

import eu.innco.FieldError;
import eu.innco.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The settings of Magnolia's delivery endpoint v2 that both kinds of endpoint read alike:
 * {@code referenceDepth}, {@code systemProperties}, {@code childNodeTypes} as items see it, and the
 * two Magnolia keys whose effect here is fixed ({@code bypassWorkspaceAcls}, {@code personalized},
 * see docs/decisions.md): a value asking for what we do not do is a warning with file and line.
 */
final class EndpointSettings {
    static final String CHILD_TYPE = "mgnl:contentNode";
    static final int MAX_REFERENCE_DEPTH = 10;

    private EndpointSettings() {}

    /** Magnolia's default is 1: the listed references of the answered node; 0 expands none. */
    static int referenceDepth(YamlNode root, List<FieldError> errors) {
        YamlNode n = root.get("referenceDepth").filter(x -> !x.isNull()).orElse(null);
        if (n == null) return 1;
        Integer depth = wholeNumber(n);
        if (depth != null && depth >= 0 && depth <= MAX_REFERENCE_DEPTH) return depth;
        errors.add(new FieldError(n.location(), "referenceDepth must be a whole number from 0 to " + MAX_REFERENCE_DEPTH));
        return 1;
    }

    /** The system properties named to be answered; empty: all of them. */
    static List<String> systemProperties(YamlNode root, boolean included, List<String> warnings, List<FieldError> errors) {
        YamlNode n = root.get("systemProperties").filter(x -> !x.isNull()).orElse(null);
        if (n == null) return List.of();
        List<String> out = names(n);
        if (out.isEmpty() || out.stream().anyMatch(s -> !s.startsWith("mgnl:") && !s.startsWith("jcr:"))) {
            errors.add(new FieldError(n.location(), "systemProperties must be a list of mgnl: or jcr: property names"));
            return List.of();
        }
        if (!included) warnings.add(n.location() + ": systemProperties has no effect: includeSystemProperties is false");
        return out;
    }

    /**
     * The children of a content type's items are its sub-model values, nodes of type
     * {@code mgnl:contentNode}: they are embedded when {@code childNodeTypes} is left out or names
     * that type, as Magnolia embeds only the listed types. Returns false when they are not.
     */
    static boolean itemChildren(YamlNode root) {
        YamlNode n = root.get("childNodeTypes").filter(x -> !x.isNull()).orElse(null);
        return n == null || names(n).contains(CHILD_TYPE);
    }

    /** {@code bypassWorkspaceAcls} and {@code personalized}: see docs/decisions.md, "Delivery ACLs and personalisation". */
    static void fixedKeys(YamlNode root, List<String> warnings, List<FieldError> errors) {
        for (String key : Set.of("bypassWorkspaceAcls", "personalized")) {
            YamlNode n = root.get(key).filter(x -> !x.isNull()).orElse(null);
            if (n == null) continue;
            if (!n.isScalar() || !Set.of("true", "false").contains(n.text())) {
                errors.add(new FieldError(n.location(), key + " must be true or false"));
            } else if (key.equals("bypassWorkspaceAcls") && n.text().equals("false")) {
                warnings.add(n.location() + ": bypassWorkspaceAcls false: INN-CO's delivery answers published content to anyone, as "
                        + "Magnolia does with true; no workspace ACL narrows it");
            } else if (key.equals("personalized") && n.text().equals("true")) {
                warnings.add(n.location() + ": personalized: INN-CO holds no personalised variants; every reader gets the same answer");
            }
        }
    }

    static List<String> names(YamlNode n) {
        List<String> out = new ArrayList<>();
        if (n.isScalar()) out.add(n.text());
        else if (n.isSequence()) n.items().stream().filter(YamlNode::isScalar).forEach(i -> out.add(i.text()));
        return out;
    }

    private static Integer wholeNumber(YamlNode n) {
        try {
            return n.isScalar() ? Integer.valueOf(n.text()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
