package eu.innco.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.Optional;

/**
 * Remembers the request being handled on this thread, for the error mappers, which decide between
 * an HTML page and problem+json from its path and Accept header. (Injected proxies would do the
 * same, but their class loading breaks inside some servlet containers.)
 */
@PreMatching
@Priority(1)
public final class CurrentRequest implements ContainerRequestFilter, ContainerResponseFilter {
    private static final ThreadLocal<ContainerRequestContext> CURRENT = new ThreadLocal<>();

    @Override
    public void filter(ContainerRequestContext request) {
        CURRENT.set(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CURRENT.remove();
    }

    static Optional<ContainerRequestContext> get() {
        return Optional.ofNullable(CURRENT.get());
    }
}
