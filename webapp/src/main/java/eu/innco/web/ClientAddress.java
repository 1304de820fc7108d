package eu.innco.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Remembers the client's network address for the request being handled on this thread (sign-in
 * throttling, rate limits). A servlet filter rather than injected proxies, which break inside some
 * containers. The address is the connection's: behind a proxy, configure the proxy to forward it.
 */
public final class ClientAddress implements Filter {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    public static String current() {
        String a = CURRENT.get();
        return a == null ? "unknown" : a;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        CURRENT.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
        }
    }
}
