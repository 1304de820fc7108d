package eu.innco.i18n.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the message bundles against the reference (English) bundle: every key present in every
 * locale, no key that English lacks, and no value identical to English unless it is meant to be.
 */
public final class BundleAudit {
    /** One problem: {@code missing}, {@code untranslated} (same as English) or {@code unknown} (not in English). */
    public record Problem(String locale, String key, String kind) {
        @Override
        public String toString() {
            return locale + ": " + key + " is " + kind;
        }
    }

    private BundleAudit() {}

    public static List<Problem> check(MessageBundles bundles, List<String> locales, String reference, SameAsEnglish allowed) {
        Map<String, String> ref = bundles.bundle(reference);
        List<Problem> out = new ArrayList<>();
        for (String l : locales) {
            if (l.equals(reference)) continue;
            Map<String, String> b = bundles.bundle(l);
            for (Map.Entry<String, String> e : ref.entrySet()) {
                String v = b.get(e.getKey());
                if (v == null) out.add(new Problem(l, e.getKey(), "missing"));
                else if (v.strip().equals(e.getValue().strip()) && !allowed.allows(e.getKey(), l)) out.add(new Problem(l, e.getKey(), "untranslated"));
            }
            for (String k : b.keySet()) if (!ref.containsKey(k)) out.add(new Problem(l, k, "unknown"));
        }
        return out;
    }
}
