package eu.innco.web.portal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import eu.innco.assets.AssetService;
import java.io.ByteArrayOutputStream;
import java.io.File;
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
    private final File regular;
    private final File bold;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private final AssetService assets;
    private final Path lightModules;

    GuidePdf(Portal portal, Path lightModules, AssetService assets) {
        this.portal = portal;
        this.assets = assets;
        this.lightModules = lightModules;
        Path fonts = lightModules.resolve("inn-co/webresources/fonts");
        this.regular = fonts.resolve("DejaVuSans.ttf").toFile();
        this.bold = fonts.resolve("DejaVuSans-Bold.ttf").toFile();
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
        // openhtmltopdf parses XHTML: a character XML forbids, in content stored before such were refused, would stop it
        String xhtml = eu.innco.validation.XmlCharacters.strip(page);
        String baseUri = call.abs("/");
        PdfResources resources = new PdfResources(call.base, assets, lightModules);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(regular, "DejaVu Sans", 400, FontStyle.NORMAL, true);
            b.useFont(bold, "DejaVu Sans", 700, FontStyle.NORMAL, true);
            // no outbound fetch while rendering: addresses resolve only to our own files, which are read in-process
            b.useUriResolver(resources::resolve);
            b.useHttpStreamImplementation(resources);
            b.useProtocolsStreamImplementation(resources, "file", "jar", "ftp", "data");
            b.useExternalResourceAccessControl((uri, type) -> resources.own(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            b.withW3cDocument(PdfImages.parse(xhtml, resources, baseUri), baseUri);
            b.toStream(out);
            b.run();
            return Rendered.of(200, "application/pdf", out.toByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("the PDF could not be made: " + e.getMessage(), e);
        }
    }
}
