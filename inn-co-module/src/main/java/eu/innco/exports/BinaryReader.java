package eu.innco.exports;

import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.yaml.YamlNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads {@code innco:data: {file: .., sha256: ..}} of an asset file and checks the file beside the
 * YAML against its checksum, before anything is written.
 */
final class BinaryReader {
    private final Path yamlFile;
    private final ContentTypeDefinition type;
    private final ImportErrors errors;

    BinaryReader(Path yamlFile, ContentTypeDefinition type, ImportErrors errors) {
        this.yamlFile = yamlFile;
        this.type = type;
        this.errors = errors;
    }

    Optional<ItemFile.Binary> read(YamlNode item) {
        YamlNode data = item.get(ExportNames.DATA).orElse(null);
        if (data == null || data.isNull()) return Optional.empty();
        if (!type.name().equals(AssetBinaries.ASSET_TYPE)) {
            return fail(data, "only " + AssetBinaries.ASSET_TYPE + " items carry a binary (innco:data)");
        }
        String file = data.isMapping() ? data.text("file").orElse(null) : null;
        String sha = data.isMapping() ? data.text("sha256").orElse(null) : null;
        if (file == null || sha == null || data.entries().size() != 2) {
            return fail(data, "innco:data must be {file: '<file beside this one>', sha256: '<64 hex digits>'}");
        }
        if (!file.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || file.contains("..")) {
            return fail(data, "innco:data.file must be the name of a file in the same folder, not a path: '" + file + "'");
        }
        Path binary = yamlFile.resolveSibling(file);
        if (!Files.isRegularFile(binary)) return fail(data, "innco:data.file '" + file + "' does not exist beside this file");
        String actual = AssetBinaries.sha256(binary);
        if (!actual.equalsIgnoreCase(sha)) {
            return fail(data, "checksum mismatch: innco:data.sha256 is " + sha + " but '" + file + "' has " + actual);
        }
        return Optional.of(new ItemFile.Binary(binary, actual, data.location()));
    }

    private Optional<ItemFile.Binary> fail(YamlNode at, String message) {
        errors.add(at.location(), message);
        return Optional.empty();
    }
}
