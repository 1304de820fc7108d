package eu.innco.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.assets.AssetService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What Magnolia's asset reference resolver adds to an expanded asset, so that SPA code written for
 * it ({@code image["@link"]}, {@code image.renditions.medium.link}) works: the file's address, its
 * metadata and the renditions of an image, all below {@code /dam/<id>/} where published files are served.
 */
public final class AssetLinks {
    private AssetLinks() {}

    /** {@code renditions}: the names the image's {@code renditions} map lists (Magnolia's {@code assetRenditions}). */
    public static void add(ObjectNode asset, RenderInput a, java.util.List<String> names) {
        String base = "/dam/" + a.id() + "/";
        String fileName = text(a, "fileName");
        String mimeType = text(a, "mimeType");
        asset.put("@link", base + URLEncoder.encode(fileName.isEmpty() ? "file" : fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        ObjectNode meta = asset.putObject("metadata");
        if (!fileName.isEmpty()) meta.put("fileName", fileName);
        if (!mimeType.isEmpty()) meta.put("mimeType", mimeType);
        a.values().get("size").filter(Number.class::isInstance).ifPresent(n -> meta.put("fileSize", ((Number) n).longValue()));
        int dot = fileName.lastIndexOf('.');
        if (dot > 0) meta.put("format", fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
        ObjectNode renditions = asset.putObject("renditions");
        if (mimeType.startsWith("image/")) {
            for (String name : names) {
                renditions.putObject(name).put("mimeType", AssetService.renditionType(mimeType)).put("link", base + "renditions/" + name);
            }
        }
    }

    private static String text(RenderInput a, String property) {
        return a.values().get(property).map(Object::toString).orElse("");
    }
}
