package eu.innco.web.graphql;

import eu.innco.InncoException;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.NodeRenderer;
import eu.innco.delivery.Page;
import eu.innco.delivery.PreviewService;
import eu.innco.delivery.StoredNode;
import eu.innco.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one GraphQL request reads: the delivery API's own service (published content only), or,
 * for a preview token or a user, the preview service over working copies, exactly as
 * {@code /.rest/preview/} does. Resolvers never query anything themselves.
 */
sealed interface Reader {
    /** The site locale a field reads; a bad {@code lang} or {@code all} (whose values are maps of locales) is refused. */
    default String locale(DeliveryService delivery, String lang, String acceptLanguage) {
        String locale = delivery.locale(lang, acceptLanguage);
        if (NodeRenderer.ALL.equals(locale)) {
            throw InncoException.badRequest(eu.innco.ErrorCode.GRAPHQL_003, "lang: 'all' is not offered in GraphQL, whose types hold one "
                    + "value per property; ask for one locale per field (aliases can ask for several), or use /.rest/delivery/ with lang=all.");
        }
        return locale;
    }

    Page query(String endpoint, String locale, Map<String, List<String>> params);

    Optional<StoredNode> byId(String endpoint, String locale, String id, boolean anyLanguage);

    Optional<StoredNode> byPath(String endpoint, String locale, String path, boolean anyLanguage);

    /** Published content, through the service the REST resources call. */
    record Published(DeliveryService delivery) implements Reader {
        @Override public Page query(String endpoint, String locale, Map<String, List<String>> params) {
            return delivery.query(endpoint, locale, params);
        }

        // a Magnolia folder (a node no item owns) is not of the endpoint's item type: GraphQL answers null for it
        @Override public Optional<StoredNode> byId(String endpoint, String locale, String id, boolean anyLanguage) {
            return delivery.byId(endpoint, locale, id, anyLanguage).filter(n -> !n.item().isEmpty());
        }

        @Override public Optional<StoredNode> byPath(String endpoint, String locale, String path, boolean anyLanguage) {
            return delivery.byPath(endpoint, locale, path, anyLanguage).filter(n -> !n.item().isEmpty());
        }
    }

    /** Working copies the actor may read, through the preview service (which has no other-languages option for single nodes). */
    record Preview(PreviewService preview, Actor actor) implements Reader {
        @Override public Page query(String endpoint, String locale, Map<String, List<String>> params) {
            return preview.query(actor, endpoint, locale, params);
        }

        @Override public Optional<StoredNode> byId(String endpoint, String locale, String id, boolean anyLanguage) {
            return preview.byId(actor, endpoint, locale, id);
        }

        @Override public Optional<StoredNode> byPath(String endpoint, String locale, String path, boolean anyLanguage) {
            return preview.byPath(actor, endpoint, locale, path);
        }
    }
}
