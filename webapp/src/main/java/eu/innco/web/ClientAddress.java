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
 * containers. The address is the connection's, or behind a trusted proxy the one it forwards
 * ({@link TrustedProxies}).
 */
public final class ClientAddress implements Filter {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private final TrustedProxies proxies;

    public ClientAddress(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    public static String current() {
        String a = CURRENT.get();
        return a == null ? "unknown" : a;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String forwarded = request instanceof jakarta.servlet.http.HttpServletRequest h ? h.getHeader("X-Forwarded-For") : null;
        String client = proxies.client(request.getRemoteAddr(), forwarded);
        CURRENT.set(client);
        // what comes after (the fast paths, Jersey) reads the client's address from the request as well
        ServletRequest passed = client.equals(request.getRemoteAddr()) || !(request instanceof jakarta.servlet.http.HttpServletRequest h2) ? request
                : new jakarta.servlet.http.HttpServletRequestWrapper(h2) {
                    @Override
                    public String getRemoteAddr() {
                        return client;
                    }
                };
        try {
            chain.doFilter(passed, response);
        } finally {
            CURRENT.remove();
        }
    }
}
