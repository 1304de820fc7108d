package eu.innco.web.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.innco.web.KeptUtf8;

/**
 * {@link RichHeadings#from} of the rich texts of published items, kept: an item's body is one string
 * shared by every page that shows it (its model is kept with it, see {@link PreparedHash}), so its
 * moved headings are kept by that string's identity (Caffeine's weak keys, let go with the text), as
 * are the result's UTF-8 bytes ({@link KeptUtf8}). A text of a draft or any other string is a miss
 * each time, never wrong. Bounded by the characters kept, evicted by W-TinyLFU when full; a new
 * version of an item is a new string.
 */
final class KeptHeadings {
    private static final long MAX_CHARS = 4L * 1024 * 1024;
    private static final Cache<String, Moved> KEPT = Caffeine.newBuilder().weakKeys().maximumWeight(MAX_CHARS)
            .weigher((String html, Moved m) -> html.length() + (m.out == null ? 0 : m.out.length()))
            .executor(Runnable::run).build();

    private KeptHeadings() {}

    static String from(String html, int top) {
        if (html.length() < KeptUtf8.MIN_LENGTH) return RichHeadings.from(html, top);
        Moved m = KEPT.getIfPresent(html);
        if (m != null && m.top == top) return m.out == null ? html : m.out;
        String out = KeptUtf8.keep(RichHeadings.from(html, top));
        KEPT.put(html, new Moved(top, out == html ? null : out));
        return out;
    }

    /**
     * The headings of a text moved for {@code top}; {@code out} null when the text is given as it is
     * (a value holding its own key would keep a weak key from ever being let go).
     */
    private record Moved(int top, String out) {}
}
