package eu.innco.web.graphql;

import java.util.Locale;

/**
 * GraphQL names for the delivery JSON's keys and for light-module names: GraphQL allows only
 * {@code [_A-Za-z][_0-9A-Za-z]*}, so {@code @name} is {@code _name} and {@code mgnl:created} is
 * {@code mgnl_created}; type names are the content type's in PascalCase.
 */
final class GraphqlNames {
    private GraphqlNames() {}

    /** The field name of a JSON key or a property name. */
    static String field(String jsonKey) {
        String s = jsonKey.startsWith("@") ? "_" + jsonKey.substring(1) : jsonKey;
        s = s.replaceAll("[^_0-9A-Za-z]", "_");
        return Character.isDigit(s.charAt(0)) ? "_" + s : s;
    }

    /** {@code caseStudy} → {@code CaseStudy}, {@code tours/v1} → {@code ToursV1}. */
    static String pascal(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("[^0-9A-Za-z]+")) {
            if (part.isEmpty()) continue;
            sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        String s = sb.toString();
        return s.isEmpty() || Character.isDigit(s.charAt(0)) ? "T" + s : s;
    }

    /** {@code CaseStudy} → {@code caseStudy}: the query field of a single item. */
    static String camel(String pascal) {
        return pascal.substring(0, 1).toLowerCase(Locale.ROOT) + pascal.substring(1);
    }
}
