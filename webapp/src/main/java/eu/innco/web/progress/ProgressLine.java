package eu.innco.web.progress;

import java.util.Locale;

/** The text of one progress line: {@code import: items written 1200/5000 (24%), 410/s, about 9 s left}. */
final class ProgressLine {
    private ProgressLine() {}

    static String of(String command, String what, long done, long total, double seconds, boolean finished) {
        StringBuilder sb = new StringBuilder(command).append(": ").append(what).append(' ').append(done);
        if (total >= 0) sb.append('/').append(total).append(" (").append(total == 0 ? 100 : done * 100 / total).append("%)");
        double rate = seconds > 0 ? done / seconds : 0;
        if (finished) {
            sb.append(" in ").append(duration(seconds));
            if (done > 0 && seconds > 0) sb.append(", ").append(rate(rate));
            return sb.toString();
        }
        sb.append(", ").append(rate(rate));
        if (total > done && rate > 0) sb.append(", about ").append(duration((total - done) / rate)).append(" left");
        return sb.toString();
    }

    private static String rate(double perSecond) {
        return (perSecond >= 10 ? String.format(Locale.ROOT, "%.0f", perSecond) : String.format(Locale.ROOT, "%.1f", perSecond)) + "/s";
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        if (s < 3600) return (s / 60) + " min " + (s % 60) + " s";
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
