package eu.innco.web.portal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a page hands to the layout: its template and model, its title and description for search
 * engines and sharing, its address in every language (localised slugs), the languages search engines
 * should be told about, and its schema.org data.
 */
final class View {
    final String template;
    final Map<String, Object> model = new HashMap<>();
    String title;
    String description = "";
    String ogType = "website";
    String jsonLd;
    /** The page's share image (a path on this site); null: the site's card. */
    String ogImage;
    int status = 200;
    /** Every site locale's address of this page; empty: the same path under each locale. */
    final Map<String, String> addresses = new LinkedHashMap<>();
    /** The locales with real content for hreflang; empty: all of them. */
    java.util.List<String> translated = java.util.List.of();

    View(String template, String title) {
        this.template = template;
        this.title = title;
    }

    View put(String key, Object value) {
        if (value != null) model.put(key, value);
        return this;
    }

    View description(String text) {
        this.description = text == null ? "" : text.length() > 300 ? text.substring(0, 297) + "…" : text;
        return this;
    }
}
