package eu.innco.workspace;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * The query parameters of Magnolia's delivery v2 that endpoints over plain workspaces take:
 * {@code limit}, {@code offset}, {@code @ancestor}, {@code orderBy=<property> [asc|desc]} and
 * property filters {@code name=value}, {@code name[eq]}, {@code name[ne]}, {@code name[like]}
 * ({@code %} any text). Anything else is a 400 naming it.
 */
record WorkspaceQuery(int offset, int limit, String ancestor, String orderBy, boolean descending, List<Filter> filters) {
    static final Set<String> IGNORED = Set.of("lang", "otherLanguages", "format");
    private static final Pattern FILTER = Pattern.compile("([A-Za-z_][A-Za-z0-9_:.-]*)(?:\\[(eq|ne|like)])?");

    record Filter(String property, String op, String value) {}

    static WorkspaceQuery parse(Map<String, List<String>> params, int defaultLimit) {
        int offset = number(params, "offset", 0, Integer.MAX_VALUE / 2);
        int limit = number(params, "limit", defaultLimit, eu.innco.delivery.EndpointDefinition.MAX_LIMIT);
        String ancestor = one(params, "@ancestor").replaceAll("/+$", "");
        String[] order = one(params, "orderBy").trim().split("\\s+");
        boolean desc = order.length > 1 && order[1].equalsIgnoreCase("desc");
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String key = p.getKey();
            if (Set.of("offset", "limit", "@ancestor", "orderBy").contains(key) || IGNORED.contains(key)) continue;
            Matcher m = FILTER.matcher(key);
            if (!m.matches()) throw bad(clip(key), "is not a filter: use name=value or name[eq|ne|like]=value");
            for (String v : p.getValue()) filters.add(new Filter(m.group(1), m.group(2) == null ? "eq" : m.group(2), v));
        }
        if (!ancestor.isEmpty() && !ancestor.startsWith("/")) throw bad("@ancestor", "must be a path inside the workspace, starting with '/'");
        return new WorkspaceQuery(offset, limit, ancestor, order[0], desc, filters);
    }

    boolean matches(Node n) throws RepositoryException {
        for (Filter f : filters) {
            List<String> values = values(n, f.property());
            boolean hit = switch (f.op()) {
                case "like" -> values.stream().anyMatch(v -> like(f.value(), v));
                default -> values.contains(f.value());
            };
            if (f.op().equals("ne") == hit) return false;
        }
        return true;
    }

    void sort(List<Node> nodes) throws RepositoryException {
        if (orderBy.isEmpty()) return;
        java.util.Map<Node, String> keys = new java.util.IdentityHashMap<>();
        for (Node n : nodes) keys.put(n, orderBy.equals("@name") ? n.getName() : values(n, orderBy).stream().findFirst().orElse(""));
        Comparator<Node> c = Comparator.comparing(keys::get);
        nodes.sort(descending ? c.reversed() : c);
    }

    private static List<String> values(Node n, String property) throws RepositoryException {
        String stored = StoredNames.stored(property);
        List<String> out = new ArrayList<>();
        if (!stored.matches("[A-Za-z_][A-Za-z0-9_:.-]*") || !n.hasProperty(stored)) return out;
        var p = n.getProperty(stored);
        for (Value v : p.isMultiple() ? p.getValues() : new Value[] {p.getValue()}) out.add(v.getString());
        return out;
    }

    private static boolean like(String pattern, String value) {
        StringBuilder re = new StringBuilder();
        for (String part : pattern.split("%", -1)) re.append(Pattern.quote(part)).append(".*");
        re.setLength(re.length() - 2);
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(value).matches();
    }

    private static int number(Map<String, List<String>> params, String key, int dflt, int max) {
        String v = one(params, key);
        if (v.isEmpty()) return dflt;
        try {
            int n = Integer.parseInt(v);
            if (n >= 0 && n <= max && !(key.equals("limit") && n == 0)) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw bad(key, "must be a whole number from " + (key.equals("limit") ? 1 : 0) + " to " + max);
    }

    private static String one(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    /** The same code and form as the typed endpoints' malformed parameters. */
    static InncoException bad(String param, String message) {
        return InncoException.invalid(ErrorCode.QUERY_002, "malformed query parameter: " + param + ": " + message,
                List.of(new eu.innco.FieldError(param, message)));
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
