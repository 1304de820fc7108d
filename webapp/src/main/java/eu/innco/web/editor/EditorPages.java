package eu.innco.web.editor;

import eu.innco.web.ErrorPages;
import eu.innco.web.Services;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Registers every page of the editor, and its error pages, in the application: the one place that
 * reads the services, giving each page the shared {@link Editor} and what else it uses.
 */
public final class EditorPages {
    private EditorPages() {}

    public static void register(ResourceConfig rc, Editor editor, Services s, ErrorPages errors, eu.innco.web.portal.PortalPreview preview) {
        errors.add(new EditorErrors(editor));
        rc.register(new LoginPages(editor, s.authenticator, s.signIns, s.publishing));
        rc.register(new DashboardPage(editor, s.content, s.publishing, s.policy, s.clock));
        rc.register(new AbuseReviewPage(editor, s.collaboration, s.network));
        rc.register(new InitiativeCaseStudyPage(editor, s.network, s.delivery, s.collaboration));
        rc.register(new ContentPages(editor, s.content, s.policy));
        rc.register(new PublishingPages(editor, s.publishing, s.content, s.policy));
        rc.register(new AccountPage(editor, s.signIns, s.authenticator));
        rc.register(new UserPages(editor, s.tokens, s.publishing, s.policy, s.content));
        rc.register(new AssetPages(editor, s.assets, s.content));
        rc.register(new ReleasePages(editor, s.policy, s.publishing, s.content));
        rc.register(new CampaignPages(editor, s.clock, s.policy, s.publishing, s.content, s.reach, s.publicAddress, s.newsletter));
        rc.register(new DisseminationReportPages(editor, s.content, s.lightModules, s.assets, s.clock, s.reach, s.publicAddress));
        rc.register(new TranslationPage(editor, s.content, s.languages, s.policy));
        rc.register(new ChoicesResource(editor, s.content));
        rc.register(new PreviewPage(editor, preview));
        rc.register(new ApplicationsPage(editor, s.network, s.publicAddress));
        rc.register(new FirstStepsPage(editor));
    }
}
