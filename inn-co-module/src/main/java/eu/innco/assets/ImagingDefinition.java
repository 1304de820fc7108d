package eu.innco.assets;

import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The image renditions a site allows, read once at start from
 * {@code light-modules/inn-co/imaging/renditions.yaml}: the widths {@code ?w=} may ask for, and
 * named variations (Magnolia's word) of a width, or a width and a height for a crop. Only these are
 * ever made, so the number of renditions of one image, and what a client can make the server
 * compute, is bounded by this file.
 */
public record ImagingDefinition(List<Integer> widths, Map<String, Variation> variations) {
    static final int MIN_SIDE = 16;
    static final int MAX_SIDE = 4096;
    static final int MAX_ENTRIES = 30;
    /** The variations the editor's library and the portal's templates ask for by name. */
    public static final java.util.Set<String> REQUIRED = java.util.Set.of("thumbnail", "medium");

    /** One named rendition: {@code height} 0 keeps the image's proportions, otherwise it is cropped to width:height. */
    public record Variation(String name, int width, int height) {
        public boolean crops() {
            return height > 0;
        }
    }

    public ImagingDefinition {
        widths = List.copyOf(widths);
        variations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variations));
    }

    /** What a site without the file gets: the two renditions the editor and portal have always used. */
    public static ImagingDefinition defaults() {
        Map<String, Variation> v = new LinkedHashMap<>();
        v.put("thumbnail", new Variation("thumbnail", 320, 0));
        v.put("medium", new Variation("medium", 960, 0));
        return new ImagingDefinition(List.of(320, 640, 960, 1280, 1920), v);
    }

    public Optional<Variation> variation(String name) {
        return Optional.ofNullable(variations.get(name));
    }

    /** The variation for {@code ?w=width}, when that width is allowed. */
    public Optional<Variation> width(int width) {
        return widths.contains(width) ? Optional.of(new Variation("w" + width, width, 0)) : Optional.empty();
    }

    /** Reads the file; a missing file gives {@link #defaults()}, a wrong value stops the start naming its line. */
    public static ImagingDefinition load(Path lightModules) {
        Path file = lightModules.resolve("inn-co/imaging/renditions.yaml");
        if (!Files.isRegularFile(file)) return defaults();
        YamlNode root = YamlReader.read(file, "imaging/renditions.yaml");
        List<String> errors = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        for (YamlNode w : root.list("widths")) {
            int n = side(w, errors);
            if (n > 0 && widths.contains(n)) errors.add(w.location() + ": width " + n + " is listed twice");
            else if (n > 0) widths.add(n);
        }
        Map<String, Variation> variations = new LinkedHashMap<>();
        YamlNode vs = root.get("variations").orElse(null);
        if (vs != null && vs.isMapping()) {
            for (Map.Entry<String, YamlNode> e : vs.entries().entrySet()) {
                YamlNode v = e.getValue();
                if (!e.getKey().matches("[A-Za-z0-9_-]{1,40}")) {
                    errors.add(v.location() + ": a variation name is letters, digits, '-' or '_' (at most 40), found '" + e.getKey() + "'");
                    continue;
                }
                YamlNode width = v.isMapping() ? v.get("width").orElse(null) : null;
                if (width == null) {
                    errors.add(v.location() + ": variation '" + e.getKey() + "' needs a width");
                    continue;
                }
                int h = v.get("height").map(n -> side(n, errors)).orElse(0);
                variations.put(e.getKey(), new Variation(e.getKey(), side(width, errors), h));
            }
        } else if (vs != null && !vs.isNull()) {
            errors.add(vs.location() + ": 'variations' is a mapping of names to a width (and a height for a crop)");
        }
        for (String name : new java.util.TreeSet<>(REQUIRED)) {
            if (!variations.containsKey(name)) errors.add("imaging/renditions.yaml: variation '" + name + "' is missing (the editor and the portal use it)");
        }
        if (widths.size() > MAX_ENTRIES || variations.size() > MAX_ENTRIES) {
            errors.add("imaging/renditions.yaml: at most " + MAX_ENTRIES + " widths and " + MAX_ENTRIES + " variations");
        }
        if (!errors.isEmpty()) throw new IllegalStateException(String.join("\n", errors));
        return new ImagingDefinition(widths, variations);
    }

    private static int side(YamlNode n, List<String> errors) {
        String s = n.isScalar() ? n.text() : "";
        if (s.matches("\\d{1,5}")) {
            int v = Integer.parseInt(s);
            if (v >= MIN_SIDE && v <= MAX_SIDE) return v;
        }
        errors.add(n.location() + ": a size is a whole number of pixels from " + MIN_SIDE + " to " + MAX_SIDE + ", found '" + s + "'");
        return 0;
    }
}
