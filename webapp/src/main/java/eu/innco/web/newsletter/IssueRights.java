package eu.innco.web.newsletter;

import eu.innco.content.ContentItem;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.editor.CampaignReach;

/**
 * Who may do what with a campaign's newsletter: composing, previewing and test sends for whoever
 * sees the campaign on the dashboard (admins and publishers all, partner editors their partner's and
 * their own) and edits content; sending to subscribers for admins and publishers, and for a partner's
 * editors on their own partner's campaigns.
 */
final class IssueRights {
    private IssueRights() {}

    static boolean mayCompose(Actor a, ContentItem campaign) {
        return (a.reachesAll() || a.has(Role.EDITOR)) && CampaignReach.maySee(a, campaign);
    }

    static boolean maySend(Actor a, ContentItem campaign) {
        if (a.isAdmin() || a.has(Role.PUBLISHER)) return true;
        return a.has(Role.EDITOR) && !a.partner().isEmpty() && a.partner().equals(campaign.ownerPartner());
    }
}
