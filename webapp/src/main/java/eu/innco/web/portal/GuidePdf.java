package eu.innco.web.portal;

import eu.innco.assets.AssetService;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guide as a PDF per locale, made with openhtmltopdf from the same published content as the
 * reader (an XHTML template), with DejaVu Sans embedded so Greek and Polish letters come out right
 * on any machine. Kept until the next publication: one rendering per locale and generation.
 */
final class GuidePdf {
    private record Cached(long generation, Rendered pdf) {}

    private final Portal portal;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final PdfDocuments documents;

    GuidePdf(Portal portal, Path lightModules, AssetService assets) {
        this.portal = portal;
        this.documents = new PdfDocuments(lightModules, assets);
    }

    Rendered of(PortalCall call) {
        Cached c = cache.get(call.locale);
        if (c != null && c.generation == call.generation) return c.pdf;
        // one rendering at a time per locale: a burst of downloads after a publication renders once
        synchronized (cache.computeIfAbsent(call.locale + "#lock", k -> new Cached(Long.MIN_VALUE, null))) {
            c = cache.get(call.locale);
            if (c != null && c.generation == call.generation) return c.pdf;
            Rendered pdf = render(call);
            cache.put(call.locale, new Cached(call.generation, pdf));
            return pdf;
        }
    }

    private Rendered render(PortalCall call) {
        View v = GuidePages.view(call, GuidePages.guide(call));
        Map<String, Object> m = new java.util.HashMap<>(call.helpers());
        m.putAll(v.model);
        m.put("lang", call.locale);
        m.put("licence", Map.of("name", portal.settings.licenceName(), "url", portal.settings.licenceUrl()));
        m.put("address", call.abs("/" + call.locale + "/guide"));
        return pdf(portal.templates.render("portal/guide-pdf.ftlh", m), call);
    }

    /** An XHTML page as a PDF with the embedded fonts (the guide, the check-up report). */
    Rendered pdf(String page, PortalCall call) {
        return Rendered.of(200, "application/pdf", documents.render(page, call.base));
    }
}
