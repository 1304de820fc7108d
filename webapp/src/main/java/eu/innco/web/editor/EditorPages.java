package eu.innco.web.editor;

import eu.innco.web.ErrorPages;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers every page of the editor, and its error pages, in the application. */
public final class EditorPages {
    private EditorPages() {}

    public static void register(ResourceConfig rc, Editor editor, ErrorPages errors, eu.innco.web.portal.PortalPreview preview) {
        errors.add(new EditorErrors(editor));
        rc.register(new LoginPages(editor));
        rc.register(new DashboardPage(editor));
        rc.register(new AbuseReviewPage(editor));
        rc.register(new InitiativeCaseStudyPage(editor));
        rc.register(new ContentPages(editor));
        rc.register(new PublishingPages(editor));
        rc.register(new AccountPage(editor));
        rc.register(new UserPages(editor));
        rc.register(new AssetPages(editor));
        rc.register(new ReleasePages(editor));
        rc.register(new CampaignPages(editor));
        rc.register(new DisseminationReportPages(editor));
        rc.register(new TranslationPage(editor));
        rc.register(new ChoicesResource(editor));
        rc.register(new PreviewPage(editor, preview));
        rc.register(new ApplicationsPage(editor));
        rc.register(new FirstStepsPage(editor));
    }
}
