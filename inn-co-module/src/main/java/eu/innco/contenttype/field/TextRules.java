package eu.innco.contenttype.field;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** The checks shared by String-like types: length, pattern, options, e-mail and URL. */
final class TextRules {
    // deliberately plain: one @, a dot in the domain, no spaces; RFC 5322 in full accepts too much
    // possessive quantifiers: no backtracking, so a hostile value costs linear time
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]++@[^@\\s.]++(?:\\.[^@\\s.]++)++$");
    static final int EMAIL_MAX = 254;

    private TextRules() {}

    static void check(String value, FieldRules rules, String path, Violations v) {
        if (rules.hasOptions() && rules.option(value).isEmpty()) {
            // one mistake, one message: the list of allowed values says everything the other rules would
            v.add(path, "innco.field.option", "allowed",
                    String.join(", ", rules.options().stream().map(Option::value).toList()));
            return;
        }
        rules.maxLength().ifPresent(max -> {
            if (value.codePointCount(0, value.length()) > max) v.add(path, "innco.field.maxLength", "max", max);
        });
        rules.pattern().ifPresent(p -> {
            if (!p.matcher(value).matches()) v.add(path, "innco.field.pattern", "pattern", p.pattern());
        });
        if (rules.email() && !isEmail(value)) v.add(path, "innco.field.email");
        if (rules.url() && !isHttpUrl(value)) v.add(path, "innco.field.url");
    }

    static boolean isEmail(String value) {
        return value.length() <= EMAIL_MAX && EMAIL.matcher(value).matches();
    }

    static boolean isHttpUrl(String value) {
        try {
            URI u = new URI(value);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null && !u.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
