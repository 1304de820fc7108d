package eu.innco;

import java.util.List;
import java.util.Objects;

/**
 * The one exception family of the product. Each instance carries a stable code from the
 * {@link ErrorCode} catalogue, whose kind the web layer maps to a status, a short title,
 * a detail for people and, for validation failures, the broken rules with their paths.
 */
public class InncoException extends RuntimeException {
    private final ErrorCode code;
    private final String title;
    private final List<FieldError> errors;
    private List<Object> args = List.of();

    public InncoException(ErrorCode code, String title, String detail) {
        this(code, title, detail, List.of(), null);
    }

    public InncoException(ErrorCode code, String title, String detail, List<FieldError> errors) {
        this(code, title, detail, errors, null);
    }

    public InncoException(ErrorCode code, String title, String detail, List<FieldError> errors, Throwable cause) {
        super(detail, cause);
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.errors = List.copyOf(errors);
    }

    /** The kind, hence the status, is the catalogue's: one code never answers with two statuses. */
    public ErrorKind kind() { return code.kind(); }
    /** The code as clients see it. */
    public String code() { return code.code(); }
    public ErrorCode errorCode() { return code; }
    public String title() { return title; }
    public String detail() { return getMessage(); }
    public List<FieldError> errors() { return errors; }
    /** The values named in the detail, in order, so that a user interface can say it in its reader's language. */
    public List<Object> args() { return args; }

    /** Records the values that the detail names; returns this exception, to be thrown. */
    public InncoException withArgs(Object... values) {
        this.args = List.of(values);
        return this;
    }

    public static InncoException invalid(ErrorCode code, String detail, List<FieldError> errors) {
        return new InncoException(code, "Invalid request", detail, errors);
    }

    public static InncoException badRequest(ErrorCode code, String detail) {
        return new InncoException(code, "Bad request", detail);
    }

    public static InncoException notFound(ErrorCode code, String detail) {
        return new InncoException(code, "Not found", detail);
    }

    public static InncoException conflict(ErrorCode code, String detail) {
        return new InncoException(code, "Conflict", detail);
    }

    public static InncoException forbidden(String detail) {
        return new InncoException(ErrorCode.SECURITY_003, "Forbidden", detail);
    }
}
