package eu.innco.web.portal;

import eu.innco.web.KeptUtf8;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link RichHeadings#from} of the rich texts of published items, kept: an item's body is one string
 * shared by every page that shows it (its model is kept with it, see {@link PreparedHash}), so its
 * moved headings are kept by that string's identity, as are the result's UTF-8 bytes
 * ({@link KeptUtf8}). A text of a draft or any other string is a miss each time, never wrong.
 * Bounded by the characters kept; a new version of an item is a new string.
 */
final class KeptHeadings {
    private static final long MAX_CHARS = 4L * 1024 * 1024;
    private static final Map<Key, String> KEPT = new ConcurrentHashMap<>();
    private static final AtomicLong CHARS = new AtomicLong();

    private KeptHeadings() {}

    static String from(String html, int top) {
        if (html.length() < KeptUtf8.MIN_LENGTH) return RichHeadings.from(html, top);
        Key key = new Key(html, top);
        String out = KEPT.get(key);
        if (out != null) return out;
        out = KeptUtf8.keep(RichHeadings.from(html, top));
        if (CHARS.addAndGet(html.length() + out.length()) > MAX_CHARS) {
            KEPT.clear();
            CHARS.set(html.length() + out.length());
        }
        KEPT.put(key, out);
        return out;
    }

    /** A text by identity and the level asked for. */
    private record Key(String html, int top) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.html == html && k.top == top;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(html) * 31 + top;
        }
    }
}
