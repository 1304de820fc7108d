package eu.innco.web;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's HTML output format (the one of {@code .ftlh} templates), escaping straight into a
 * {@link Utf8Output} in one pass: FreeMarker scans a value for characters to escape and then writes it,
 * which {@link Utf8Output} scans again to encode; the two passes were about a tenth of an uncached
 * case-study page (issue 18). The same escapes as FreeMarker's ({@code &lt; &gt; &amp; &quot; &#39;});
 * any other writer gets FreeMarker's own. Registered under the name "HTML", so it replaces the standard one.
 */
public final class Utf8Html extends HTMLOutputFormat {
    public static final Utf8Html INSTANCE = new Utf8Html();

    private Utf8Html() {}

    /** Markup made in templates ({@code ?no_esc}, {@code ?esc}) belongs to this format, else printing it would be a format mismatch. */
    @Override
    protected TemplateHTMLOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** FreeMarker's HTML markup, of this format. */
    private static final class Model extends TemplateHTMLOutputModel {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public HTMLOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException, TemplateModelException {
        if (out instanceof Utf8Output utf8) utf8.writeEscaped(textToEsc);
        else super.output(textToEsc, out);
    }
}
