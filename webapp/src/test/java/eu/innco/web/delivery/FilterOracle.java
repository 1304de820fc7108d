package eu.innco.web.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the delivery API must answer to one query parameter on known organisations, worked out here
 * from API.md's rules without Lucene: the names that match, or empty when the value is a 400. A
 * value read as query syntax instead of a value answers differently from this.
 */
final class FilterOracle {
    /** A published organisation as the filters see it. */
    record Org(String name, String id, String country, List<String> languages) {}

    /** Parameters whose values are never valid for the injection-shaped values: a 400 whatever they are. */
    private static final Set<String> STRICT = Set.of("mgnl:created[gt]", "demo", "orderBy", "limit", "offset", "lang", "format");

    private final List<Org> orgs;

    FilterOracle(List<Org> orgs) {
        this.orgs = List.copyOf(orgs);
    }

    /** The names matching {@code param=value}, or empty for a 400. Knows the parameters of DeliveryBadInputTest. */
    Optional<Set<String>> expect(String param, String value) {
        if (STRICT.contains(param)) return Optional.empty();
        if (value.length() > 500) return Optional.empty();
        return switch (param) {
            case "q" -> Optional.of(new TreeSet<>()); // the organisations' text holds none of the values' words
            case "name", "name[eq]" -> names(o -> o.name().equals(value));
            case "@id" -> names(o -> o.id().equals(value));
            case "name[ne]" -> names(o -> !o.name().equals(value));
            case "name[lt]" -> names(o -> compare(o.name(), value) < 0);
            case "name[gte]" -> names(o -> compare(o.name(), value) >= 0);
            case "name[like]" -> tooCostly(value) ? Optional.empty() : names(o -> like(value).test(o.name()));
            case "languages[like]" -> tooCostly(value) ? Optional.empty() : names(o -> o.languages().stream().anyMatch(like(value)));
            case "name[in]" -> in(value).flatMap(p -> names(o -> p.test(o.name())));
            case "name[not-in]" -> in(value).flatMap(p -> names(o -> !p.test(o.name())));
            case "country[in]" -> in(value).flatMap(p -> names(o -> p.test(o.country())));
            default -> throw new IllegalArgumentException("no rule for " + param);
        };
    }

    private Optional<Set<String>> names(Predicate<Org> match) {
        Set<String> out = new TreeSet<>();
        for (Org o : orgs) if (match.test(o)) out.add(o.name());
        return Optional.of(out);
    }

    /** Text compares by code point (UTF-8 bytes), exactly and with case. */
    private static int compare(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** A pattern over 100 characters or with more than 4 wildcards (a run of % counting once) is refused. */
    private static boolean tooCostly(String value) {
        String p = value.replaceAll("%{2,}", "%");
        return p.length() > 100 || p.chars().filter(c -> c == '%').count() > 4;
    }

    /** {@code %} is any run of characters, everything else is itself; case does not matter. */
    private static Predicate<String> like(String value) {
        StringBuilder regex = new StringBuilder();
        for (String part : value.toLowerCase(Locale.ROOT).split("%", -1)) regex.append(Pattern.quote(part)).append(".*");
        Pattern p = Pattern.compile(regex.substring(0, regex.length() - 2), Pattern.DOTALL);
        return s -> p.matcher(s.toLowerCase(Locale.ROOT)).matches();
    }

    /** {@code |} separates values, at most 100; a value with {@code ~} is an inclusive range with an open end when one side is empty. */
    private static Optional<Predicate<String>> in(String value) {
        String[] parts = value.split("\\|", -1);
        if (parts.length > 100) return Optional.empty();
        Predicate<String> any = s -> false;
        for (String part : parts) {
            int tilde = part.indexOf('~');
            if (tilde < 0) {
                any = any.or(part::equals);
                continue;
            }
            String lo = part.substring(0, tilde);
            String hi = part.substring(tilde + 1);
            if (lo.isEmpty() && hi.isEmpty()) return Optional.empty();
            any = any.or(s -> (lo.isEmpty() || compare(s, lo) >= 0) && (hi.isEmpty() || compare(s, hi) <= 0));
        }
        return Optional.of(any);
    }
}
