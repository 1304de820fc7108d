package eu.innco.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses an {@code Accept-Language} header (RFC 9110 12.5.4) into language ranges, best first.
 * Lenient by design: a browser's header is never the client's mistake, so a malformed range or
 * q-value is skipped rather than refused, and a range with {@code q=0} ("not acceptable") is dropped.
 */
public final class AcceptLanguage {
    /** One language range with its quality, and its position in the header for stable ordering. */
    public record Range(String tag, double quality, int position) {
        public boolean isWildcard() { return tag.equals("*"); }
    }

    /** A language tag as RFC 4647 ranges allow: letters, then subtags of letters and digits. */
    static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8}){0,6}");
    private static final Pattern QUALITY = Pattern.compile("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)");
    /** Headers longer than this are not read at all: no browser sends one, and parsing is work. */
    static final int MAX_LENGTH = 1000;
    private static final int MAX_RANGES = 50;

    private AcceptLanguage() {}

    /** The acceptable ranges, highest quality first; equal qualities keep the header's order. */
    public static List<Range> parse(String header) {
        List<Range> out = new ArrayList<>();
        if (header == null || header.isBlank() || header.length() > MAX_LENGTH) return out;
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length && i < MAX_RANGES; i++) {
            String[] bits = parts[i].trim().split(";");
            if (bits.length == 0) continue;
            String tag = bits[0].trim();
            if (!tag.equals("*") && !TAG.matcher(tag).matches()) continue;
            double q = 1;
            boolean ok = true;
            for (int j = 1; j < bits.length; j++) {
                String param = bits[j].trim();
                if (!param.regionMatches(true, 0, "q=", 0, 2)) continue;
                String value = param.substring(2).trim();
                if (QUALITY.matcher(value).matches()) q = Double.parseDouble(value);
                else ok = false;
            }
            if (ok && q > 0) out.add(new Range(tag, q, i));
        }
        out.sort(Comparator.comparingDouble((Range r) -> -r.quality()).thenComparingInt(Range::position));
        return List.copyOf(out);
    }
}
