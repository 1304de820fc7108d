package eu.innco.web.portal;

import eu.innco.security.Actor;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * A draft shown in the portal's look, for the editor: the working copy rendered by the preview
 * service, put through the same page code and templates, with a visible banner. Never cached.
 */
public final class PortalPreview {
    private final Portal portal;

    public PortalPreview(Portal portal) {
        this.portal = portal;
    }

    /** The page of a draft item, or nothing when its type has no portal page or the item does not exist. */
    public Optional<String> page(Actor actor, String type, String id, String lang, UriInfo uri) {
        Optional<Sections> s = Sections.byType(type);
        if (s.isEmpty()) return Optional.empty();
        String locale = portal.resolver.matchOrDefault(lang);
        return portal.preview.byId(actor, s.get().endpoint(), locale, id).map(node -> {
            PortalCall call = new PortalCall(portal, locale, uri, portal.delivery.generation(), true);
            var item = Items.parse(node.json());
            View v = switch (s.get().type()) {
                case "caseStudy" -> CaseStudyPages.view(call, item);
                case "organisation" -> OrganisationPages.view(call, item);
                case "workshopMaterial" -> MaterialPages.view(call, item);
                case "event" -> EventPages.view(call, item);
                case "successCondition" -> GuidePages.condition(call, item);
                case "technique" -> GuidePages.technique(call, item);
                case "campaign" -> CampaignPages.view(call, item);
                default -> GuidePages.view(call, item);
            };
            for (String l : portal.site.locales()) v.addresses.put(l, uri.getRequestUri().getRawPath() + "?lang=" + l);
            return portal.layout.render(call, v);
        });
    }
}
