package eu.innco.web.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code srcset} of a published image on the portal: its file at each width the light module
 * allows ({@code /dam/<id>/<name>?w=640 640w, ...}), so that a browser fetches the smallest one
 * that fills the slot. The server never enlarges: a width past the image's own gives the original size.
 */
final class ImageSources {
    private final List<Integer> widths;

    ImageSources(List<Integer> widths) {
        this.widths = List.copyOf(widths);
    }

    /** The srcset of an asset as the delivery API gives it ({@code @id}, {@code fileName}); "" when it is not one. */
    String srcset(Object asset) {
        if (!(asset instanceof Map<?, ?> a) || !(a.get("@id") instanceof String id) || !id.matches("[0-9a-f-]{36}")) return "";
        String name = a.get("fileName") instanceof String f && !f.isBlank() ? f : "file";
        String path = "/dam/" + id + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "?w=";
        return widths.stream().map(w -> path + w + " " + w + "w").collect(Collectors.joining(", "));
    }
}
