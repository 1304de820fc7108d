package eu.innco.exports;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import java.util.List;
import java.util.Optional;

/** Which items an export writes: all, those of one content type, and/or those whose path starts with a prefix. */
public record ExportSelection(Optional<String> type, Optional<String> pathPrefix) {
    public static final ExportSelection ALL = new ExportSelection(Optional.empty(), Optional.empty());

    /** From optional request or command-line values; blank means not given. */
    public static ExportSelection of(String type, String pathPrefix) {
        Optional<String> t = Optional.ofNullable(type).filter(s -> !s.isBlank()).map(String::trim);
        Optional<String> p = Optional.ofNullable(pathPrefix).filter(s -> !s.isBlank()).map(String::trim);
        if (p.isPresent() && !p.get().startsWith("/")) {
            throw InncoException.badRequest(ErrorCode.EXPORT_002, "The path prefix must start with '/', like /organisations/la-");
        }
        return new ExportSelection(t, p);
    }

    /** The content types to walk, in registry order; an unknown type is a 400-kind error naming the known ones. */
    List<ContentTypeDefinition> types(ContentTypeRegistry registry) {
        if (type.isEmpty()) return List.copyOf(registry.all());
        return List.of(registry.get(type.get()).orElseThrow(() -> InncoException.badRequest(ErrorCode.EXPORT_001,
                "There is no content type '" + type.get() + "'. Known types: "
                        + String.join(", ", registry.all().stream().map(ContentTypeDefinition::name).toList()))));
    }

    boolean includes(String path) {
        return pathPrefix.isEmpty() || path.startsWith(pathPrefix.get());
    }
}
