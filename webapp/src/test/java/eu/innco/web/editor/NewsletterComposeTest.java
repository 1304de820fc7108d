package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.web.network.Mails;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An issue composed in the editor from a campaign: texts filled in for every language with the
 * campaign's share links, a preview per language (with the site's fallback), a test send to the
 * editor's own address received by a real SMTP server, and who may see and send it.
 */
class NewsletterComposeTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static EditorFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture(Map.of("INNCO_SMTP_HOST", "127.0.0.1", "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "INNCO_SMTP_STARTTLS", "false", "INNCO_SMTP_FROM", "news@inn-co.example"));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** A campaign of partner A (by claire) in French and Polish, promoting a case study. */
    static String campaign(String code) throws Exception {
        String study = f.create(f.actor("claire"), "caseStudy", "{'sourceLocale':'fr','properties':{'title':{'fr':'Cuisine partagée " + code
                + "','pl':'Wspólna kuchnia " + code + "'},'summary':{'fr':'Un restaurant coopératif.'}}}").id();
        return f.create(f.actor("claire"), "campaign", ("{'sourceLocale':'fr','properties':{'name':'Campagne " + code + "','title':{'fr':'Travailler ensemble "
                + code + "','pl':'Pracować razem " + code + "','en':'Working together " + code + "'},'locales':['fr','pl'],"
                + "'goal':{'fr':'Faire connaître le modèle.'},'trackingCode':'" + code + "','promotedCaseStudies':['" + study + "']}}")).id();
    }

    static String compose(EditorClient c, String campaign) throws Exception {
        c.get("/editor/newsletters");
        HttpResponse<String> r = c.submit("/editor/newsletters", Map.of("campaign", campaign));
        assertEquals(303, r.statusCode(), EditorClient.summary(r));
        String location = EditorClient.location(r);
        assertTrue(location.startsWith("/editor/newsletters/"), location);
        return location.substring("/editor/newsletters/".length());
    }

    @Test
    void a_partner_editor_composes_from_her_campaign_previews_each_language_and_sends_herself_a_test() throws Exception {
        String campaign = campaign("lettre");
        EditorClient claire = f.signIn("claire");
        String id = compose(claire, campaign);
        HttpResponse<String> page = claire.get("/editor/newsletters/" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("value=\"Travailler ensemble lettre\"") && page.body().contains("value=\"Pracować razem lettre\""), page.body());
        assertTrue(page.body().contains("/s/lettre-fr-") && page.body().contains("/s/lettre-pl-") && page.body().contains("/s/lettre-el-"),
                "every language links through its own share links");

        HttpResponse<String> pl = claire.get("/editor/newsletters/" + id + "/preview/pl");
        assertTrue(pl.body().contains("<html lang=\"pl\"") && pl.body().contains("Wspólna kuchnia lettre") && !pl.body().contains("<img"), pl.body());
        HttpResponse<String> nl = claire.get("/editor/newsletters/" + id + "/preview/nl");
        assertTrue(nl.body().contains("Travailler ensemble lettre") && nl.body().contains("Cuisine partagée lettre"), "Dutch falls back to French: " + nl.body());

        Map<String, String> form = new LinkedHashMap<>();
        form.put("topic", "events");
        for (String l : new String[] {"en", "fr", "nl", "de", "it", "pl", "el"}) form.put("subject_" + l, "");
        form.put("subject_fr", "Travailler ensemble lettre");
        form.put("subject_it", "Lavorare insieme");
        form.put("intro_it", "Il modello di progettazione collaborativa.");
        claire.get("/editor/newsletters/" + id);
        assertEquals(303, claire.submit("/editor/newsletters/" + id, form).statusCode());
        assertTrue(claire.get("/editor/newsletters/" + id + "/preview/it").body().contains("Il modello di progettazione collaborativa."));

        smtp.purgeEmailFromAllMailboxes();
        claire.get("/editor/newsletters/" + id);
        assertEquals(303, claire.submit("/editor/newsletters/" + id + "/test", Map.of("address", "claire@partner-a.example", "locale", "it")).statusCode());
        MimeMessage test = Mails.to(smtp, "claire@partner-a.example");
        assertEquals("[Prova] Lavorare insieme", test.getSubject());
        assertTrue(Mails.text(test).contains("Cuisine partagée lettre"), "items without an Italian title keep the fallback's");
        assertEquals(400, claire.submit("/editor/newsletters/" + id + "/test", Map.of("address", "not an address", "locale", "it")).statusCode());
    }

    @Test
    void only_the_campaigns_partner_and_publishers_send_and_an_issue_goes_out_once() throws Exception {
        String campaign = campaign("envoi");
        String id = compose(f.signIn("claire"), campaign);
        assertEquals(404, f.signIn("piotr").get("/editor/newsletters/" + id).statusCode(), "another partner's editor does not see it");
        assertEquals(404, f.signIn("tomasz").get("/editor/newsletters/" + id).statusCode(), "translators do not compose");
        EditorClient claire = f.signIn("claire");
        claire.get("/editor/newsletters/" + id);
        assertEquals(403, claire.post("/editor/newsletters/" + id + "/send", Map.of()).statusCode(), "no CSRF token, no sending");
        assertEquals(303, claire.submit("/editor/newsletters/" + id + "/send", Map.of()).statusCode());
        assertFalse(f.services.newsletter.issues.find(id).orElseThrow().draft());
        assertEquals(409, claire.submit("/editor/newsletters/" + id + "/send", Map.of()).statusCode(), "once");
        HttpResponse<String> list = f.signIn("paula").get("/editor/newsletters");
        assertTrue(list.body().contains("/editor/newsletters/" + id), "publishers see every partner's issues");
        // issue 15: the campaign's reach page lists its newsletter sends with their counts
        HttpResponse<String> reach = claire.get("/editor/campaigns/" + campaign);
        assertEquals(200, reach.statusCode());
        assertTrue(reach.body().contains("<a href=\"/editor/newsletters/" + id + "\">"), reach.body());
        assertTrue(reach.body().contains("Envois de la lettre d’information") || reach.body().contains("Newsletter sends"), reach.body());
    }
}
