package eu.innco.contenttype;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.util.List;
import java.util.stream.Collectors;

/** Content-type definitions that cannot be used; lists every error with file, line and property. */
public final class DefinitionException extends InncoException {
    public DefinitionException(List<FieldError> errors) {
        super(ErrorCode.DEFINITION_001, "Broken content-type definitions",
                errors.size() + " error(s) in the content-type definitions:\n" + errors.stream()
                        .map(e -> "  " + e.path() + ": " + e.message()).collect(Collectors.joining("\n")),
                errors);
    }
}
