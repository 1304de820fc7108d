package eu.innco.contenttype.field;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The XSS boundary of the product: the allow-list of HTML that rich text may contain. Links keep
 * only http(s) and mailto targets and get {@code rel="nofollow noopener"}; scripts, styles,
 * event handlers and frames never pass.
 */
public final class RichTextSanitizer {
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "blockquote", "hr", "br", "sup", "sub", "abbr", "cite", "code", "pre")
                    .allowAttributes("title").onElements("abbr", "a")
                    .allowAttributes("lang").globally()
                    .allowUrlProtocols("http", "https", "mailto")
                    .requireRelsOnLinks("noopener")
                    .toFactory());

    private RichTextSanitizer() {}

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
