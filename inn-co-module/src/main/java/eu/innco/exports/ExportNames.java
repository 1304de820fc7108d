package eu.innco.exports;

import eu.innco.content.ItemNodes;
import eu.innco.content.SystemProperties;
import java.util.Locale;
import java.util.Set;

/** The names of the content-exports format: the keys of an item file, in their order, and the file names. */
final class ExportNames {
    static final String PRIMARY_TYPE = "jcr:primaryType";
    static final String UUID = "jcr:uuid";
    static final String SOURCE_LOCALE = ItemNodes.SOURCE_LOCALE;
    static final String PUBLISHED_LOCALES = "innco:publishedLocales";
    /** Per locale, the translation state and what the translation was made from; see {@code TranslationsYaml}. */
    static final String TRANSLATIONS = "innco:translations";
    static final String DATA = AssetBinaries.DATA;
    /** The node type of sub-model nodes, as {@code ValuesJcr} stores them. */
    static final String CONTENT_NODE = "mgnl:contentNode";
    /**
     * What Magnolia writes on published and versioned nodes: accepted and ignored, since what is
     * published here is said by {@code innco:publishedLocales} and the publication keeps its own dates.
     */
    static final Set<String> MAGNOLIA_KEYS = Set.of("mgnl:activationStatus", "mgnl:lastActivated", "mgnl:lastActivatedBy",
            "mgnl:lastActivatedVersion", "mgnl:lastActivatedVersionCreated", "mgnl:comment", "jcr:mixinTypes");
    /** Keys of the item itself, before its properties; {@code innco:data} comes after them. */
    static final Set<String> ITEM_KEYS = union(Set.of(PRIMARY_TYPE, UUID, SystemProperties.CREATED, SystemProperties.CREATED_BY,
            SystemProperties.LAST_MODIFIED, SystemProperties.LAST_MODIFIED_BY, SOURCE_LOCALE, PUBLISHED_LOCALES, TRANSLATIONS, DATA));
    /** Keys a sub-model node may carry besides its properties; Magnolia writes the system ones, we ignore them. */
    static final Set<String> SUB_NODE_KEYS = union(Set.of(PRIMARY_TYPE, UUID, SystemProperties.CREATED, SystemProperties.CREATED_BY,
            SystemProperties.LAST_MODIFIED, SystemProperties.LAST_MODIFIED_BY));

    private static Set<String> union(Set<String> keys) {
        java.util.Set<String> all = new java.util.HashSet<>(keys);
        all.addAll(MAGNOLIA_KEYS);
        return Set.copyOf(all);
    }

    private ExportNames() {}

    /** {@code organisations.la-ruche.yaml}: the workspace, then the node name. */
    static String yamlFile(String workspace, String nodeName) {
        return workspace + "." + nodeName + ".yaml";
    }

    /** The binary beside a YAML file: {@code assets.logo.png} for {@code assets.logo.yaml} and {@code Logo.PNG}. */
    static String binaryFile(String yamlFile, String originalFileName) {
        String base = yamlFile.substring(0, yamlFile.lastIndexOf('.'));
        return base + "." + extension(originalFileName);
    }

    /** The lower-case extension of a file name, or {@code bin} when it has none we can use. */
    static String extension(String fileName) {
        if (fileName == null) return "bin";
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,10}") ? ext : "bin";
    }
}
