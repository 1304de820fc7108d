package eu.innco.web.editor;

import eu.innco.FieldError;
import eu.innco.InncoException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The module's refusals in the editor user's language. The module words its errors in English for
 * API clients and logs, and names each one by a code ({@code problem.INNCO-PUBLISH-001}) and each
 * broken rule by a key ({@code problem.field.requiredToPublish}); the bundles say them again here.
 * An error the bundles do not know yet falls back to a sentence for its kind, never to raw English.
 */
final class ProblemTexts {
    private final Editor editor;
    private final String locale;
    private final String type;

    ProblemTexts(Editor editor, String locale, String type) {
        this.editor = editor;
        this.locale = locale;
        this.type = type;
    }

    static ProblemTexts of(EditorCall call) {
        return new ProblemTexts(call.editor, call.locale(), null);
    }

    /** The same, naming fields with the labels of this content type first. */
    static ProblemTexts of(EditorCall call, String type) {
        return new ProblemTexts(call.editor, call.locale(), type);
    }

    /** One sentence for the whole refusal. */
    String summary(InncoException e) {
        String key = "problem." + e.code();
        if (known(key)) return editor.texts.text(locale, key, args(e.args()));
        return editor.texts.text(locale, "problem.kind." + e.kind().name());
    }

    /** Where and what, for one broken rule: "Title (Deutsch): is required to publish in Deutsch". */
    String line(FieldError f) {
        String what = f.key() != null && known("problem.field." + f.key())
                ? editor.texts.text(locale, "problem.field." + f.key(), args(f.args()))
                : f.message();
        return editor.texts.text(locale, "problem.line", place(f.path()), what);
    }

    /** The broken rules with their messages in the reader's language, for the forms that show each beside its field. */
    List<FieldError> localised(List<FieldError> errors) {
        List<FieldError> out = new ArrayList<>();
        for (FieldError f : errors) {
            boolean keyed = f.key() != null && known("problem.field." + f.key());
            out.add(keyed ? new FieldError(f.path(), editor.texts.text(locale, "problem.field." + f.key(), args(f.args())), f.key(), f.args()) : f);
        }
        return out;
    }

    /** The summary and the first {@code limit} broken rules, joined by {@code separator}. */
    String describe(InncoException e, int limit, String separator) {
        StringBuilder sb = new StringBuilder(summary(e));
        e.errors().stream().limit(limit).forEach(f -> sb.append(separator).append(line(f)));
        if (e.errors().size() > limit) sb.append(separator).append(editor.texts.text(locale, "problem.more", e.errors().size() - limit));
        return sb.toString();
    }

    /**
     * A path as the user knows it: {@code items.0.properties.title.de} becomes "Title (Deutsch)";
     * paths the bundles do not name stay as they are, which still shows where to look.
     */
    String place(String path) {
        String[] parts = path.split("\\.");
        int p = List.of(parts).indexOf("properties");
        if (p >= 0 && p + 1 < parts.length) {
            String property = parts[p + 1];
            String label = fieldLabel(property);
            String last = parts[parts.length - 1];
            boolean localised = parts.length > p + 2 && editor.locales.contains(last);
            return localised ? label + " (" + editor.texts.text(locale, "language." + last) + ")" : label;
        }
        String last = parts[parts.length - 1];
        String key = "problem.path." + (last.matches("\\d+") && parts.length > 1 ? parts[parts.length - 2] : last);
        return known(key) ? editor.texts.text(locale, key) : path;
    }

    private String fieldLabel(String property) {
        if (type != null && known("field." + type + "." + property)) return editor.texts.text(locale, "field." + type + "." + property);
        for (var type : editor.types.all()) {
            String key = "field." + type.name() + "." + property;
            if (known(key)) return editor.texts.text(locale, key);
        }
        return FormModel.humanise(property);
    }

    /** Values in the reader's words: a site locale becomes its language, a content type its name. */
    private Object[] args(List<Object> values) {
        Object[] out = new Object[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = word(values.get(i));
        return out;
    }

    private Object word(Object v) {
        if (v instanceof Collection<?> c) {
            List<String> words = new ArrayList<>();
            for (Object x : c) words.add(String.valueOf(word(x)));
            return String.join(", ", words);
        }
        if (!(v instanceof String s)) return v;
        if (editor.locales.contains(s)) return editor.texts.text(locale, "language." + s);
        if (editor.types.get(s).isPresent() && known("type." + s + ".one")) return editor.texts.text(locale, "type." + s + ".one");
        return s;
    }

    private boolean known(String key) {
        return editor.texts.has(locale, key) || editor.texts.has("en", key);
    }
}
