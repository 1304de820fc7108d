package eu.innco.contenttype;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Content-type names and the names made of them. A type is named by its file, as in Magnolia,
 * where {@code about-careers.yaml} is usual: letters and digits, words joined by single {@code -}.
 * GraphQL type names, OpenAPI schema names (and so the TypeScript client's types) are the name in
 * PascalCase: {@code about-careers} → {@code AboutCareers}, {@code caseStudy} → {@code CaseStudy}.
 * Two types that give one PascalCase name stop the start.
 */
public final class TypeNames {
    /** A content-type name (and a workspace name): a letter, then letters and digits, words joined by '-'. */
    public static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*");

    private TypeNames() {}

    /** {@code about-careers} → {@code AboutCareers}: each word's first letter made upper case, the '-' left out. */
    public static String pascal(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split("-")) {
            if (!word.isEmpty()) sb.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return sb.toString();
    }
}
