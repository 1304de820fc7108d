package eu.innco.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.assets.ImagingDefinition;

/** The public files ({@code /dam/}) in the OpenAPI document, with the widths and renditions this site's light module allows. */
final class DamPaths {
    private final ImagingDefinition imaging;

    DamPaths(ImagingDefinition imaging) {
        this.imaging = imaging;
    }

    void addTo(ObjectNode doc) {
        ObjectNode paths = doc.with("paths");
        ObjectNode file = op(paths.putObject("/dam/{id}/{file}"), "A published asset's file; with ?w= an image scaled to one of the allowed widths"
                + " (never enlarged; JPEG stays JPEG, other images become PNG; an image Java cannot decode is sent as it is)", "file");
        ObjectNode w = ((ArrayNode) file.get("parameters")).addObject().put("name", "w").put("in", "query").put("required", false)
                .put("description", "width in pixels, one of imaging/renditions.yaml's widths; any other value is a 400 (INNCO-RENDITION-001) listing them");
        ArrayNode widths = w.putObject("schema").put("type", "integer").putArray("enum");
        imaging.widths().forEach(widths::add);
        ObjectNode named = op(paths.putObject("/dam/{id}/renditions/{name}"), "A named rendition (imaging/renditions.yaml's variations):"
                + " scaled to its width, or cropped to its width and height around the image's focal point (focalX, focalY) then scaled", "name");
        ArrayNode names = ((ObjectNode) named.get("parameters").get(1).get("schema")).putArray("enum");
        imaging.variations().keySet().forEach(names::add);
    }

    private static ObjectNode op(ObjectNode path, String summary, String second) {
        ObjectNode o = path.putObject("get");
        o.put("summary", summary);
        o.putArray("tags").add("files");
        ArrayNode params = o.putArray("parameters");
        for (String p : new String[] {"id", second}) {
            params.addObject().put("name", p).put("in", "path").put("required", true).putObject("schema").put("type", "string");
        }
        ObjectNode responses = o.putObject("responses");
        responses.putObject("200").put("description", "the bytes, with ETag and Cache-Control: public, max-age=3600");
        responses.putObject("304").put("description", "unchanged since the ETag sent in If-None-Match");
        for (String s : new String[] {"400", "404"}) {
            responses.putObject(s).put("description", s.equals("400") ? "a width that is not allowed, or an image over the pixel limit"
                    + " (INNCO-RENDITION-002)" : "no such published file or rendition").putObject("content")
                    .putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
        }
        return o;
    }
}
