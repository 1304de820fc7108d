package eu.innco.web.api;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.util.List;

/** Query parameters read by hand, so that a malformed one is a 400 naming it (Jersey would answer 404). */
public final class Params {
    private Params() {}

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw InncoException.invalid(ErrorCode.QUERY_002, "Parameter '" + name + "' must be a whole number.",
                    List.of(new FieldError(name, "must be a whole number, got '" + value + "'")));
        }
    }
}
