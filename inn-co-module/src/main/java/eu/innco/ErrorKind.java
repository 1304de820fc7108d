package eu.innco;

/** What sort of failure an {@link InncoException} is; the web layer maps each kind to one HTTP status. */
public enum ErrorKind {
    INVALID_INPUT,
    NOT_FOUND,
    CONFLICT,
    PRECONDITION_REQUIRED,
    PRECONDITION_FAILED,
    UNAUTHENTICATED,
    FORBIDDEN,
    PAYLOAD_TOO_LARGE,
    TOO_MANY_REQUESTS,
    UNSUPPORTED_MEDIA_TYPE,
    UNAVAILABLE,
    INTERNAL
}
