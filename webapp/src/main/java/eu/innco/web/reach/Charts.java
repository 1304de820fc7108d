package eu.innco.web.reach;

import java.util.List;
import java.util.Map;

/**
 * The dashboard's charts as inline SVG drawn on the server (no script, no library): a line per
 * series over the days, and horizontal bars. Each chart has a title for screen readers and sits
 * beside a data table with the same figures, which is what assistive technology reads.
 */
public final class Charts {
    private static final int W = 640;
    private static final int H = 220;
    private static final int PAD = 40;
    private static final String[] COLOURS = {"#0b3d62", "#b3411d"};

    private Charts() {}

    /** Lines over the days; {@code series} maps a label to one value per day, in the days' order. */
    public static String lines(String title, List<String> dayLabels, Map<String, List<Long>> series) {
        long max = 1;
        for (List<Long> s : series.values()) for (long v : s) max = Math.max(max, v);
        int n = Math.max(1, dayLabels.size() - 1);
        StringBuilder b = open(title, W, H);
        b.append("<line x1=\"").append(PAD).append("\" y1=\"").append(H - PAD).append("\" x2=\"").append(W - 10).append("\" y2=\"")
                .append(H - PAD).append("\" stroke=\"#4a4a4a\"/>");
        b.append("<text x=\"4\" y=\"").append(PAD - 10).append("\" font-size=\"12\" fill=\"#1a1a1a\">").append(max).append("</text>");
        b.append("<text x=\"4\" y=\"").append(H - PAD).append("\" font-size=\"12\" fill=\"#1a1a1a\">0</text>");
        if (!dayLabels.isEmpty()) {
            b.append(label(PAD, H - 12, dayLabels.get(0), "start"));
            b.append(label(W - 10, H - 12, dayLabels.get(dayLabels.size() - 1), "end"));
        }
        int c = 0;
        for (Map.Entry<String, List<Long>> s : series.entrySet()) {
            StringBuilder points = new StringBuilder();
            List<Long> v = s.getValue();
            for (int i = 0; i < v.size(); i++) {
                double x = PAD + (W - 10 - PAD) * (double) i / n;
                double y = (H - PAD) - (H - 2 * PAD) * (double) v.get(i) / max;
                points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            String colour = COLOURS[c % COLOURS.length];
            b.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"")
                    .append(c == 1 ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"").append(points.toString().trim()).append("\"/>");
            b.append("<text x=\"").append(W - 10).append("\" y=\"").append(16 + 16 * c).append("\" text-anchor=\"end\" font-size=\"13\" fill=\"")
                    .append(colour).append("\">").append(escape(s.getKey())).append("</text>");
            c++;
        }
        return b.append("</svg>").toString();
    }

    /** One horizontal bar per label. */
    public static String bars(String title, Map<String, Long> values) {
        long max = 1;
        for (long v : values.values()) max = Math.max(max, v);
        int h = 20 + 28 * Math.max(1, values.size());
        StringBuilder b = open(title, W, h);
        int y = 10;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            int len = (int) Math.round((W - 180) * (double) e.getValue() / max);
            b.append(label(110, y + 15, e.getKey(), "end"));
            b.append("<rect x=\"120\" y=\"").append(y).append("\" width=\"").append(Math.max(1, len)).append("\" height=\"20\" fill=\"#0a5c4a\"/>");
            b.append("<text x=\"").append(126 + len).append("\" y=\"").append(y + 15).append("\" font-size=\"13\" fill=\"#1a1a1a\">")
                    .append(e.getValue()).append("</text>");
            y += 28;
        }
        return b.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int w, int h) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(title)).append("\"><title>")
                .append(escape(title)).append("</title>");
    }

    private static String label(int x, int y, String text, String anchor) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"12\" fill=\"#1a1a1a\">" + escape(text) + "</text>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
