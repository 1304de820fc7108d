package eu.innco.web.delivery;

import eu.innco.delivery.EndpointRegistry;

/**
 * Splits what follows {@code /.rest/delivery/} (or {@code /.rest/preview/}) into an endpoint path
 * and the rest: {@code ""} or {@code "/"} (a query), {@code "@<id>"} or {@code "/<node path>"}.
 * Endpoint paths may have several segments, so the longest known one wins; an unknown one is its
 * first segment, which then answers the usual 404 listing the endpoints.
 */
final class EndpointPaths {
    private EndpointPaths() {}

    static String[] split(EndpointRegistry endpoints, String full) {
        return endpoints.split(full).orElseGet(() -> {
            int slash = full.indexOf('/');
            int at = full.indexOf('@');
            int cut = at > 0 && (slash < 0 || at < slash) ? at : slash;
            return cut < 0 ? new String[] {full, ""} : new String[] {full.substring(0, cut), full.substring(cut)};
        });
    }
}
