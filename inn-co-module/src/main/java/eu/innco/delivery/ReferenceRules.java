package eu.innco.delivery;

import eu.innco.FieldError;
import eu.innco.assets.ImagingDefinition;
import eu.innco.workspace.ReferenceRule;
import eu.innco.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code referenceResolver} of one {@code references} entry: Magnolia's JCR resolver
 * (with its {@code targetWorkspace}) or its asset resolver (with {@code assetRenditions}, the
 * renditions an expanded image lists). Rendition names are INN-CO's image variations
 * ({@code imaging/renditions.yaml}); a name that is none is left out with a warning at its line.
 */
final class ReferenceRules {
    static final Set<String> JCR = Set.of("info.magnolia.rest.reference.jcr.JcrReferenceResolverDefinition", "jcrReferenceResolver");
    static final Set<String> ASSET = Set.of("info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition", "assetReferenceResolver");
    static final Set<String> KEYS = Set.of("class", "$type", "targetWorkspace", "assetRenditions");

    private final Set<String> variations;
    private final List<FieldError> errors;
    private final List<String> warnings;

    ReferenceRules(Set<String> variations, List<FieldError> errors, List<String> warnings) {
        this.variations = variations;
        this.errors = errors;
        this.warnings = warnings;
    }

    /** The rule of {@code property}; {@code assetByDefault} for a property the content type declares as an asset. */
    Optional<ReferenceRule> read(String property, YamlNode resolver, boolean assetByDefault) {
        if (resolver != null && !resolver.isMapping()) {
            errors.add(new FieldError(resolver.location(), "referenceResolver must be a mapping with 'class' or '$type'"));
            return Optional.empty();
        }
        Optional<String> cls = resolver == null ? Optional.empty() : resolver.text("class").or(() -> resolver.text("$type"));
        if (cls.isPresent() && !JCR.contains(cls.get()) && !ASSET.contains(cls.get())) {
            Set<String> known = new TreeSet<>(JCR);
            known.addAll(ASSET);
            errors.add(new FieldError(resolver.location(), "reference resolver '" + cls.get() + "' is not supported; use one of " + known));
            return Optional.empty();
        }
        if (resolver != null) {
            resolver.entries().forEach((k, v) -> {
                if (!KEYS.contains(k)) warnings.add(v.location() + ": key 'referenceResolver." + k + "' is not supported by INN-CO and has no effect");
            });
        }
        boolean asset = cls.map(ASSET::contains).orElse(assetByDefault);
        String target = resolver == null ? null : resolver.text("targetWorkspace").orElse(null);
        return Optional.of(new ReferenceRule(property, asset, target, renditions(resolver == null ? null : resolver.get("assetRenditions").orElse(null))));
    }

    /** Left out: INN-CO's two; {@code *}: every variation; a list: those of its names that are variations. */
    List<String> renditions(YamlNode n) {
        if (n == null || n.isNull()) return List.copyOf(new TreeSet<>(ImagingDefinition.REQUIRED));
        List<YamlNode> listed = n.isSequence() ? n.items().stream().filter(YamlNode::isScalar).toList() : n.isScalar() ? List.of(n) : List.of();
        if (listed.stream().anyMatch(i -> i.text().equals("*"))) return List.copyOf(variations);
        List<String> out = new ArrayList<>();
        for (YamlNode i : listed) {
            if (variations.contains(i.text())) out.add(i.text());
            else warnings.add(i.location() + ": assetRenditions: '" + i.text() + "' is not an image variation of INN-CO (" + String.join(", ", variations)
                    + " in inn-co/imaging/renditions.yaml); it is left out of the renditions");
        }
        return out;
    }
}
