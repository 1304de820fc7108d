package eu.innco;

/** What sort of failure an {@link InncoException} is; each kind is answered with one HTTP status. */
public enum ErrorKind {
    INVALID_INPUT(400),
    NOT_FOUND(404),
    CONFLICT(409),
    PRECONDITION_REQUIRED(428),
    PRECONDITION_FAILED(412),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    PAYLOAD_TOO_LARGE(413),
    TOO_MANY_REQUESTS(429),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNAVAILABLE(503),
    INTERNAL(500);

    private final int status;

    ErrorKind(int status) {
        this.status = status;
    }

    /** The HTTP status of this kind (kept here so that the error catalogue can state it too). */
    public int status() { return status; }
}
