package eu.innco.exports;

/** The {@code innco:data} of an asset file: the binary's file name beside the YAML and its SHA-256 in hex. */
record BinaryRef(String file, String sha256) {
    String flow() {
        return "{file: " + YamlText.singleQuoted(file) + ", sha256: " + YamlText.singleQuoted(sha256) + "}";
    }
}
