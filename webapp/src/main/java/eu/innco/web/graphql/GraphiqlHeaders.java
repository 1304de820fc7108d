package eu.innco.web.graphql;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Loosens the site's Content-Security-Policy for the GraphiQL page alone, and only for styles and
 * fonts: GraphiQL's bundle adds {@code <style>} elements and sets style attributes at run time, and
 * its stylesheet embeds its fonts as {@code data:} addresses. Scripts stay {@code 'self'} only. Runs
 * after {@link eu.innco.web.SecurityHeaders} (a lower priority answers later), whose policy it edits.
 */
@Priority(4000)
final class GraphiqlHeaders implements ContainerResponseFilter {
    static final String PAGE = ".rest/graphql/explorer";

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        if (!req.getUriInfo().getPath().replaceAll("^/|/$", "").equals(PAGE)) return;
        Object csp = res.getHeaders().getFirst("Content-Security-Policy");
        if (csp == null) return;
        res.getHeaders().putSingle("Content-Security-Policy", csp.toString()
                .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
                .replace("font-src 'self'", "font-src 'self' data:"));
    }
}
