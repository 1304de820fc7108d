package eu.innco.delivery;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.util.List;
import java.util.stream.Collectors;

/** Delivery endpoint definitions that cannot be served; lists every error with file and line. */
public final class EndpointDefinitionException extends InncoException {
    public EndpointDefinitionException(List<FieldError> errors) {
        super(ErrorCode.DEFINITION_002, "Broken delivery endpoint definitions",
                errors.size() + " error(s) in the delivery endpoint definitions:\n" + errors.stream()
                        .map(e -> "  " + e.path() + ": " + e.message()).collect(Collectors.joining("\n")),
                errors);
    }
}
