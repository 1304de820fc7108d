package eu.innco.web.portal;

import eu.innco.assets.AssetService;
import eu.innco.web.cache.DependentCache;
import eu.innco.web.cache.DependentCache.Made;
import java.nio.file.Path;
import java.util.Map;

/**
 * The guide as a PDF per locale, made with openhtmltopdf from the same published content as the
 * reader (an XHTML template), with DejaVu Sans embedded so Greek and Polish letters come out right
 * on any machine. One rendering per locale, kept in a dependent cache of its own (PDFs are large and
 * rare beside pages, so they neither push pages out nor count against a page's size limit) until
 * something it shows is published: the guide, the conditions, the techniques.
 */
final class GuidePdf {
    /** Room for the seven locales' PDFs with a wide margin; one PDF may take up to an eighth. */
    private static final long MAX_BYTES = 128L * 1024 * 1024;
    private final Portal portal;
    private final DependentCache<Rendered> cache;
    private final PdfDocuments documents;

    GuidePdf(Portal portal, Path lightModules, AssetService assets) {
        this.portal = portal;
        this.documents = new PdfDocuments(lightModules, assets);
        this.cache = new DependentCache<>(MAX_BYTES, portal.delivery::generation);
        portal.delivery.onChange(cache::changed);
    }

    /** The locale's PDF: a burst of downloads after a publication renders it once. */
    Rendered of(PortalCall call) {
        return cache.get(call.base + "/" + call.locale, () -> {
            Rendered pdf = render(call);
            return Made.of(pdf, call.dependencies(), pdf.body().length);
        }).value();
    }

    /** The kept PDFs' hits and misses, counted with the page cache's. */
    DependentCache<Rendered> cache() {
        return cache;
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
