package eu.innco.contenttype.field;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The rules a property adds to its type, from our extra YAML keys: {@code maxLength},
 * {@code pattern}, {@code options}, {@code email}, {@code url}, {@code min}/{@code max}.
 */
public record FieldRules(OptionalInt maxLength, Optional<Pattern> pattern, List<Option> options,
                         boolean email, boolean url, Optional<Double> min, Optional<Double> max) {
    public static final FieldRules NONE =
            new FieldRules(OptionalInt.empty(), Optional.empty(), List.of(), false, false, Optional.empty(), Optional.empty());

    public FieldRules {
        options = List.copyOf(options);
    }

    public boolean hasOptions() { return !options.isEmpty(); }

    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }
}
