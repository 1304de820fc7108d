package eu.innco.web.editor;

import eu.innco.content.ContentItem;
import eu.innco.content.Completeness;
import eu.innco.contenttype.ContentTypeDefinition;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the editor starts in: the interface in the one the user chose under My account,
 * else the browser's (Accept-Language, among the site's), else the default; a new form in the
 * user's first working language; the publish form with every complete locale ticked.
 */
final class EditorLanguage {
    private EditorLanguage() {}

    static String of(Editor editor, String username, HttpHeaders headers) {
        Optional<String> chosen = editor.users.chosenUiLocale(username).filter(editor.locales::contains);
        if (chosen.isPresent()) return chosen.get();
        for (Locale l : headers.getAcceptableLanguages()) {
            Optional<String> m = editor.locales.match(l.toLanguageTag());
            if (m.isPresent()) return m.get();
        }
        return editor.locales.defaultLocale();
    }

    /**
     * The language a new form opens in: the interface language when the user works in it, else the
     * first of the user's languages in the site's order, else the interface language.
     */
    static String firstLanguage(EditorCall call) {
        var mine = call.user.locales();
        if (mine.isEmpty() || mine.contains(call.locale())) return call.locale();
        for (String l : call.editor.locales.locales()) if (mine.contains(l)) return l;
        return call.locale();
    }

    /** The locales that have every required value: what publishing without a choice would publish. */
    static List<String> complete(ContentTypeDefinition type, ContentItem item, List<String> siteLocales) {
        List<String> out = new ArrayList<>();
        for (String l : siteLocales) if (Completeness.missing(type.properties(), item.values(), l).isEmpty()) out.add(l);
        return out;
    }
}
