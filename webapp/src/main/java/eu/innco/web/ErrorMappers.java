package eu.innco.web;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every exception to problem+json in one place; nothing else writes an error body. */
public final class ErrorMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMappers.class);

    private ErrorMappers() {}

    /** Our own errors: the kind gives the status. */
    public static final class Innco implements ExceptionMapper<InncoException> {
        private final ErrorPages pages;

        public Innco(ErrorPages pages) {
            this.pages = pages;
        }

        @Override
        public Response toResponse(InncoException e) {
            if (e.kind() == eu.innco.ErrorKind.INTERNAL) return Unexpected.internal(e);
            Response problem = Problems.response(e);
            return pages.render(problem.getStatus(), e.title(), e.detail(), e)
                    .map(page -> withHeaders(page, problem)).orElse(problem);
        }

        private static Response withHeaders(Response page, Response problem) {
            String retry = problem.getHeaderString("Retry-After");
            return retry == null ? page : Response.fromResponse(page).header("Retry-After", retry).build();
        }
    }

    /** Jersey's own: unknown path (404), wrong method (405), media types (406, 415). */
    public static final class Web implements ExceptionMapper<WebApplicationException> {
        private final ErrorPages pages;

        public Web(ErrorPages pages) {
            this.pages = pages;
        }

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 300 && status < 400) return e.getResponse(); // a redirect (to the login page) is an answer, not an error
            if (status >= 500) return Unexpected.internal(e);
            String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
            String detail = switch (status) {
                case 404 -> "There is nothing at this address. The APIs are described at /.rest/openapi.json.";
                case 405 -> "This address does not accept this method.";
                case 406 -> "This address cannot answer in the media type that the Accept header asks for.";
                case 415 -> "Send the body as application/json.";
                default -> e.getMessage() == null ? title : e.getMessage();
            };
            var page = pages.render(status, title, detail);
            if (page.isPresent()) return page.get();
            Response.ResponseBuilder b = Response.status(status).type(Problems.MEDIA_TYPE)
                    .entity(Problems.body(status, ErrorCode.http(status), title, detail, List.of()));
            String allow = e.getResponse().getHeaderString("Allow");
            if (allow != null) b.header("Allow", allow);
            return b.build();
        }
    }

    /** Bean Validation of request objects. */
    public static final class Constraints implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new FieldError(lastNodes(v.getPropertyPath().toString()), v.getMessage())).toList();
            return Problems.response(InncoException.invalid(ErrorCode.VALIDATION_002, "The request has invalid values.", errors));
        }

        private static String lastNodes(String path) {
            // Jersey prefixes the method and parameter names (create.arg0.locales): keep what the client sent
            String[] parts = path.split("\\.");
            return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
        }
    }

    /** Anything else is our fault: 500, logged with a reference the client can quote; never a stack trace to the client. */
    public static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof WebApplicationException w) return new Web(new ErrorPages()).toResponse(w);
            if (e instanceof InncoException i) return new Innco(new ErrorPages()).toResponse(i);
            return internal(e);
        }

        static Response internal(Throwable e) {
            // a write the disk could not take is the server's trouble, but a known one: 503, not an error to log as a bug
            var refused = eu.innco.repository.space.DiskSpace.refusal(e);
            if (refused.isPresent()) return Problems.response(refused.get());
            String ref = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Internal error {}", ref, e);
            return Problems.response(ErrorCode.INTERNAL_001, "Internal server error",
                    "The server failed to handle this request (reference " + ref + "). It has been logged.");
        }
    }
}
