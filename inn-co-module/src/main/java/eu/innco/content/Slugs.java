package eu.innco.content;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/** Node names and URL slugs: lower-case ASCII letters, digits and single hyphens, from text in any script. */
public final class Slugs {
    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX = 100;
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(() ->
            Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private Slugs() {}

    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX && VALID.matcher(name).matches();
    }

    /** "Coopérative La Ruche" gives "cooperative-la-ruche"; "Λευκωσία" gives "leukosia". */
    public static String slugify(String text) {
        String ascii = TO_ASCII.get().transliterate(text == null ? "" : text);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) slug = slug.substring(0, 80).replaceAll("-+$", "");
        return slug.isEmpty() ? "item" : slug;
    }
}
