package eu.innco;

import java.util.List;
import java.util.Objects;

/**
 * The one exception family of the product. Each instance carries a stable code
 * ({@code INNCO-VALIDATION-001}), a kind that the web layer maps to a status, a short title,
 * a detail for people and, for validation failures, the broken rules with their paths.
 */
public class InncoException extends RuntimeException {
    private final ErrorKind kind;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private List<Object> args = List.of();

    public InncoException(ErrorKind kind, String code, String title, String detail) {
        this(kind, code, title, detail, List.of(), null);
    }

    public InncoException(ErrorKind kind, String code, String title, String detail, List<FieldError> errors) {
        this(kind, code, title, detail, errors, null);
    }

    public InncoException(ErrorKind kind, String code, String title, String detail, List<FieldError> errors,
                          Throwable cause) {
        super(detail, cause);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.errors = List.copyOf(errors);
    }

    public ErrorKind kind() { return kind; }
    public String code() { return code; }
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

    public static InncoException invalid(String code, String detail, List<FieldError> errors) {
        return new InncoException(ErrorKind.INVALID_INPUT, code, "Invalid request", detail, errors);
    }

    public static InncoException badRequest(String code, String detail) {
        return new InncoException(ErrorKind.INVALID_INPUT, code, "Bad request", detail);
    }

    public static InncoException notFound(String code, String detail) {
        return new InncoException(ErrorKind.NOT_FOUND, code, "Not found", detail);
    }

    public static InncoException conflict(String code, String detail) {
        return new InncoException(ErrorKind.CONFLICT, code, "Conflict", detail);
    }

    public static InncoException forbidden(String detail) {
        return new InncoException(ErrorKind.FORBIDDEN, "INNCO-SECURITY-003", "Forbidden", detail);
    }
}
