package eu.innco.web.portal;

import java.util.List;
import java.util.Map;

/**
 * The five conditions as a bar chart drawn on the server: inline SVG with a title and a description
 * for screen readers (the data table beside it carries the same figures), a bar for the score on
 * the 1-to-5 scale and a line across it for the spread. Colours come from attributes, not styles,
 * so the site's Content-Security-Policy holds.
 */
final class CheckupChart {
    private static final int LEFT = 40;
    private static final int WIDTH = 400;
    private static final int ROW = 44;

    private CheckupChart() {}

    static String svg(PortalCall call, List<Map<String, Object>> rows) {
        int height = 30 + rows.size() * ROW + 24;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"checkup-chart\" viewBox=\"0 0 ").append(LEFT + WIDTH + 20).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        s.append("<title id=\"chart-title\">").append(esc(call.t("checkup.results.chartTitle"))).append("</title>");
        s.append("<desc id=\"chart-desc\">").append(esc(description(call, rows))).append("</desc>");
        for (int v = 1; v <= 5; v++) {
            double x = x(v);
            s.append("<line x1=\"").append(x).append("\" y1=\"20\" x2=\"").append(x).append("\" y2=\"").append(height - 24)
                    .append("\" stroke=\"#767676\" stroke-width=\"0.5\"/>");
            s.append("<text x=\"").append(x).append("\" y=\"").append(height - 6).append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#222\">")
                    .append(v).append("</text>");
        }
        int y = 30;
        for (Map<String, Object> r : rows) {
            s.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 20).append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#222\">")
                    .append(esc(String.valueOf(r.get("number")))).append("</text>");
            if (r.get("scoreValue") instanceof Double score) {
                s.append("<rect x=\"").append(x(1)).append("\" y=\"").append(y + 6).append("\" width=\"").append(x(score) - x(1))
                        .append("\" height=\"20\" fill=\"").append(Boolean.TRUE.equals(r.get("weakest")) ? "#a3340f" : "#1f5f8b").append("\"/>");
                double spread = (Double) r.get("spreadValue");
                double lo = x(Math.max(1, score - spread));
                double hi = x(Math.min(5, score + spread));
                s.append("<line x1=\"").append(lo).append("\" y1=\"").append(y + 16).append("\" x2=\"").append(hi).append("\" y2=\"")
                        .append(y + 16).append("\" stroke=\"#000\" stroke-width=\"2\"/>");
            }
            y += ROW;
        }
        return s.append("</svg>").toString();
    }

    private static double x(double value) {
        return Math.round((LEFT + (value - 1) / 4 * WIDTH) * 10) / 10.0;
    }

    private static String description(PortalCall call, List<Map<String, Object>> rows) {
        StringBuilder d = new StringBuilder();
        for (Map<String, Object> r : rows) {
            if (d.length() > 0) d.append("; ");
            d.append(r.get("number")).append(". ").append(r.get("title")).append(": ");
            d.append(r.get("score") == null ? call.t("checkup.results.notEnough")
                    : call.t("checkup.results.chartRow", "score", r.get("score"), "spread", r.get("spread")));
        }
        return d.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
