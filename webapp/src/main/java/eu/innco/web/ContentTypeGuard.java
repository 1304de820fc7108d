package eu.innco.web;

import eu.innco.ErrorCode;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Refuses a request whose {@code Content-Type} is not one media type with a problem+json 400.
 * Left to Jersey's servlet, which reads that header before the application does, such a request
 * gets a bare 400 without a body that no exception mapper ever sees (found by fuzzing uploads).
 */
public final class ContentTypeGuard implements Filter {
    static final ErrorCode CODE = ErrorCode.REQUEST_020;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        List<String> values = Collections.list(((HttpServletRequest) request).getHeaders("Content-Type"));
        if (values.size() > 1 || (values.size() == 1 && !readable(values.get(0)))) {
            HttpServletResponse r = (HttpServletResponse) response;
            r.setStatus(CODE.status());
            r.setContentType(Problems.MEDIA_TYPE);
            r.getOutputStream().write(JsonBodies.MAPPER.writeValueAsBytes(Problems.body(CODE.status(), CODE.code(), "Bad request",
                    "The Content-Type header must be one media type, such as application/json or multipart/form-data; boundary=...",
                    List.of())));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean readable(String value) {
        if (value.isBlank()) return true; // as good as none: Jersey reads it so
        try {
            MediaType.valueOf(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
