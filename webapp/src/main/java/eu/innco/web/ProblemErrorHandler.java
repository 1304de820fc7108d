package eu.innco.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself, before the application sees the request (a malformed URI or
 * header, a request refused during shutdown), also as problem+json, without a stack trace.
 */
final class ProblemErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String title = org.eclipse.jetty.http.HttpStatus.getMessage(code);
        String detail = code >= 500 ? "The server could not handle this request." : message == null ? title : message;
        String json = JsonBodies.MAPPER.writeValueAsString(
                Problems.body(code, eu.innco.ErrorCode.http(code), title, detail, java.util.List.of()));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
