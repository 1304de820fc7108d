package eu.innco.web.portal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import eu.innco.assets.AssetService;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Path;

/**
 * XHTML pages made into PDF with openhtmltopdf, DejaVu Sans embedded (so Greek and Polish letters
 * come out right on any machine), and no outbound fetch: addresses resolve only to the product's
 * own files, read in-process ({@link PdfResources}, {@link PdfImages}). The guide, the check-up
 * report and the editor's dissemination report are all made here.
 */
public final class PdfDocuments {
    private final File regular;
    private final File bold;
    private final AssetService assets;
    private final Path lightModules;

    public PdfDocuments(Path lightModules, AssetService assets) {
        this.assets = assets;
        this.lightModules = lightModules;
        Path fonts = lightModules.resolve("inn-co/webresources/fonts");
        this.regular = fonts.resolve("DejaVuSans.ttf").toFile();
        this.bold = fonts.resolve("DejaVuSans-Bold.ttf").toFile();
    }

    /** The PDF of {@code page}, whose relative addresses resolve against {@code base} (the site's public address). */
    public byte[] render(String page, String base) {
        // openhtmltopdf parses XHTML: a character XML forbids, in content stored before such were refused, would stop it
        String xhtml = eu.innco.validation.XmlCharacters.strip(page);
        String baseUri = base + "/";
        PdfResources resources = new PdfResources(base, assets, lightModules);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(regular, "DejaVu Sans", 400, FontStyle.NORMAL, true);
            b.useFont(bold, "DejaVu Sans", 700, FontStyle.NORMAL, true);
            b.useUriResolver(resources::resolve);
            b.useHttpStreamImplementation(resources);
            b.useProtocolsStreamImplementation(resources, "file", "jar", "ftp", "data");
            b.useExternalResourceAccessControl((uri, type) -> resources.own(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            b.withW3cDocument(PdfImages.parse(xhtml, resources, baseUri), baseUri);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("the PDF could not be made: " + e.getMessage(), e);
        }
    }
}
