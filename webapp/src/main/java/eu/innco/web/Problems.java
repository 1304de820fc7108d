package eu.innco.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.ErrorKind;
import eu.innco.FieldError;
import eu.innco.InncoException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds RFC 9457 problem+json responses: every error the server sends has this shape. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static int status(ErrorKind kind) {
        return kind.status();
    }

    public static ObjectNode body(int status, String code, String title, String detail, List<FieldError> errors) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", "urn:inn-co:problem:" + code.toLowerCase(Locale.ROOT));
        o.put("title", title);
        o.put("status", status);
        o.put("detail", detail);
        o.put("code", code);
        if (!errors.isEmpty()) {
            ArrayNode a = o.putArray("errors");
            for (FieldError e : errors) a.addObject().put("path", e.path()).put("message", e.message());
        }
        return o;
    }

    public static Response response(InncoException e) {
        int status = status(e.kind());
        Response.ResponseBuilder b = Response.status(status).type(MEDIA_TYPE)
                .entity(body(status, e.code(), e.title(), e.detail(), e.errors()));
        // a Bearer challenge: a Basic one would make browsers prompt, then send the remembered password with other sites' requests
        if (e.kind() == ErrorKind.UNAUTHENTICATED) b.header("WWW-Authenticate", "Bearer realm=\"INN-CO\"");
        if (e instanceof RetryAfter r) b.header("Retry-After", Long.toString(r.retryAfterSeconds()));
        return b.build();
    }

    /** {@link #response} for a servlet filter that answers before Jersey: the same status, headers and body. */
    public static void send(InncoException e, jakarta.servlet.http.HttpServletResponse r) throws java.io.IOException {
        int status = status(e.kind());
        r.setStatus(status);
        r.setContentType(MEDIA_TYPE);
        if (e instanceof RetryAfter a) r.setHeader("Retry-After", Long.toString(a.retryAfterSeconds()));
        r.getOutputStream().write(eu.innco.web.JsonBodies.MAPPER.writeValueAsBytes(body(status, e.code(), e.title(), e.detail(), e.errors())));
    }

    public static Response response(ErrorCode code, String title, String detail) {
        return Response.status(code.status()).type(MEDIA_TYPE).entity(body(code.status(), code.code(), title, detail, List.of())).build();
    }

    /** An error that tells the client when to come back. */
    public interface RetryAfter {
        long retryAfterSeconds();
    }
}
