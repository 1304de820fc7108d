package eu.innco.web.exchange.initiatives;

import eu.innco.web.Services;
import eu.innco.web.portal.PortalFrame;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers the pages and API resources of initiatives, messages between members and abuse reports. */
public final class ExchangeRegistration {
    private ExchangeRegistration() {}

    /** {@code authoring}: the editor's application, which answers everything below {@code .rest/authoring}. */
    public static void register(ResourceConfig rc, ResourceConfig authoring, Services services, PortalFrame frame) {
        ExchangeWeb web = new ExchangeWeb(services, frame);
        rc.register(new InitiativePages(web));
        rc.register(new MyInitiativePages(web));
        rc.register(new eu.innco.web.exchange.contact.ContactPages(web));
        rc.register(new eu.innco.web.exchange.abuse.ReportPages(web));
        authoring.register(new eu.innco.web.exchange.abuse.ReviewResource(services));
    }
}
