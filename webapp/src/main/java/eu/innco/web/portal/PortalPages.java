package eu.innco.web.portal;

import eu.innco.web.ErrorPages;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers the portal's pages, files and error pages in the application. */
public final class PortalPages {
    /** A locale as the first path segment: {@code /fr/...}; others than the site's are a 404. */
    static final String LOCALE = "{locale: [a-z]{2}(?:-[A-Za-z0-9]{2,8})?}";

    /** The {@code ResourceConfig} property holding the servlet filter that answers cached pages in front of Jersey. */
    public static final String FAST_PATH = "eu.innco.web.portal.fastPath";

    private PortalPages() {}

    public static void register(ResourceConfig rc, Portal portal, ErrorPages errors, eu.innco.web.SecurityHeaders headers) {
        errors.add(new PortalErrors(portal));
        rc.property(FAST_PATH, new PageFastPath(portal, headers));
        rc.register(new SiteFiles(portal));
        rc.register(new SitePages(portal));
        rc.register(new CaseStudyPages(portal));
        rc.register(new OrganisationPages(portal));
        rc.register(new MaterialPages(portal));
        rc.register(new GuidePages(portal));
        rc.register(new EventPages(portal));
        rc.register(new Feeds(portal));
        rc.register(new CheckupPages(portal));
        rc.register(new CampaignPages(portal));
        rc.register(new ShareImages(portal));
        rc.register(new ShareRedirects(portal, portal.reach));
    }
}
