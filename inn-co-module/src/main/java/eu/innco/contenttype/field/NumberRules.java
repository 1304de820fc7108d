package eu.innco.contenttype.field;

/** Range checks shared by the numeric types. */
final class NumberRules {
    private NumberRules() {}

    static void check(double value, FieldRules rules, String path, Violations v) {
        rules.min().ifPresent(min -> { if (value < min) v.add(path, "innco.field.min", "min", format(min)); });
        rules.max().ifPresent(max -> { if (value > max) v.add(path, "innco.field.max", "max", format(max)); });
        // Magnolia's demos offer numbers as options (durations of 2, 7, 14 days): the value must be one of them
        if (rules.hasOptions() && rules.options().stream().noneMatch(o -> sameNumber(o.value(), value))) {
            v.add(path, "innco.field.option", "allowed",
                    String.join(", ", rules.options().stream().map(Option::value).toList()));
        }
    }

    private static boolean sameNumber(String option, double value) {
        try {
            return Double.parseDouble(option) == value;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static void addRange(com.fasterxml.jackson.databind.node.ObjectNode s, FieldRules rules) {
        rules.min().ifPresent(m -> s.put("minimum", m));
        rules.max().ifPresent(m -> s.put("maximum", m));
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
