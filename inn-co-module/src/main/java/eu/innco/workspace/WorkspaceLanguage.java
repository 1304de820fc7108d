package eu.innco.workspace;

import java.util.Set;

/**
 * The language an answer over a plain workspace is in, Magnolia's way: properties named
 * {@code <name>_<locale>} for a locale of the site are that locale's values of {@code <name>}.
 * {@code all} shows every variant as stored.
 */
public record WorkspaceLanguage(String locale, String defaultLocale, Set<String> siteLocales, boolean all) {
    public WorkspaceLanguage {
        siteLocales = Set.copyOf(siteLocales);
    }

    /** True for a variant of another property in a site locale ({@code title_de}), hidden unless all are asked for. */
    boolean variant(String name) {
        if (all) return false;
        int cut = name.lastIndexOf('_');
        return cut > 0 && siteLocales.contains(name.substring(cut + 1)) && !name.substring(cut + 1).equals(defaultLocale);
    }

    /** The property holding this language's value of {@code name} (itself in the default language). */
    String localised(String name) {
        return all || locale.equals(defaultLocale) ? name : name + "_" + locale;
    }
}
