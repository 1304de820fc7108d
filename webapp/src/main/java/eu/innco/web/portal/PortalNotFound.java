package eu.innco.web.portal;

/** Thrown by a page that has nothing to show: the portal answers with its localised 404 page. */
final class PortalNotFound extends RuntimeException {
    PortalNotFound() {
        super(null, null, false, false);
    }
}
