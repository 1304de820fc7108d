package eu.innco.web.portal;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.checkup.Checkup;
import eu.innco.checkup.Response;
import eu.innco.checkup.Scores;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The check-up's pages: start, the organiser's page, the questionnaire, and the reasons an action was refused. */
final class CheckupViews {
    private final Portal portal;

    CheckupViews(Portal portal) {
        this.portal = portal;
    }

    Rendered start(PortalCall call) {
        View v = new View("checkup-start.ftlh", call.t("checkup.title"));
        v.description(call.t("checkup.start.lead"));
        v.put("unusedDays", portal.checkups.retention().unused().toDays());
        return portal.layout.page(call, v);
    }

    Rendered organiser(PortalCall call, Checkup c, String key) {
        View v = page(call, "checkup-organiser.ftlh", c);
        List<Response> responses = portal.checkups.responses(c);
        String participants = eu.innco.checkup.CheckupKeys.participantFor(eu.innco.checkup.CheckupKeys.parse(key).orElseThrow()).toString();
        v.put("participantLink", call.abs(CheckupPages.participant(call, participants)));
        v.put("own", CheckupPages.organiser(call, key));
        v.put("fresh", call.uri.getQueryParameters().containsKey("new"));
        v.put("countries", CheckupBarometer.countries(call));
        v.put("respondents", responses.stream().filter(r -> !r.answers().isEmpty()).count());
        CheckupContent content = CheckupContent.read(call);
        v.put("results", CheckupResults.of(call, content, responses));
        portal.checkups.previous(c).ifPresent(earlier -> v.put("comparison",
                CheckupComparison.of(call, content, earlier, portal.checkups.responses(earlier), responses)));
        return portal.layout.page(call, v);
    }

    Rendered questionnaire(PortalCall call, Checkup c, String key, String token, boolean saved) {
        View v = page(call, "checkup-answer.ftlh", c);
        CheckupContent content = CheckupContent.read(call);
        Response mine = portal.checkups.response(c, token);
        v.put("conditions", content.conditions()).put("action", CheckupPages.participant(call, key)).put("token", token)
                .put("revision", mine.revision()).put("saved", saved).put("report", CheckupPages.participant(call, key) + "/report.pdf");
        Map<String, String> given = new LinkedHashMap<>();
        mine.answers().forEach((id, a) -> given.put(id, a == Response.DONT_KNOW ? "dk" : Integer.toString(a)));
        v.put("given", given);
        if (c.shareResults()) {
            List<Response> all = portal.checkups.responses(c);
            if (Scores.of(content.model(), all).shown()) v.put("results", CheckupResults.of(call, content, all));
        }
        return portal.layout.page(call, v);
    }

    /** The results as a PDF in the page's language, made with the guide's PDF machinery. */
    Rendered report(PortalCall call, Checkup c) {
        if (c.role() == Checkup.Role.PARTICIPANT && !c.shareResults()) {
            throw new InncoException(ErrorCode.CHECKUP_009, "Results not shared",
                    "The organiser has not shared the results with participants.");
        }
        Map<String, Object> m = new java.util.HashMap<>(call.helpers());
        m.put("lang", call.locale);
        m.put("title", c.name().isEmpty() ? call.t("checkup.title") : call.t("checkup.titleNamed", "name", c.name()));
        m.put("made", call.date(java.time.Instant.now().toString()));
        m.put("address", call.abs("/" + call.locale + "/check-up"));
        m.put("results", CheckupResults.of(call, CheckupContent.read(call), portal.checkups.responses(c)));
        return portal.pdf.pdf(portal.templates.render("portal/checkup-pdf.ftlh", m), call);
    }

    Rendered deleted(PortalCall call) {
        View v = new View("checkup-message.ftlh", call.t("checkup.deleted.title"));
        v.put("text", call.t("checkup.deleted.text"));
        return portal.layout.page(call, v);
    }

    /** A refused action as a page in the visitor's language: what happened and that nothing changed. */
    Rendered refused(PortalCall call, InncoException e) {
        String code = e.code().startsWith("INNCO-CHECKUP-") ? e.code().substring("INNCO-CHECKUP-".length()) : "other";
        View v = new View("checkup-message.ftlh", call.t("checkup.error." + code + ".title"));
        v.status = eu.innco.web.Problems.status(e.kind());
        v.put("text", call.t("checkup.error." + code + ".text")).put("code", e.code());
        List<String> fields = new ArrayList<>();
        e.errors().forEach(f -> fields.add(f.path()));
        v.put("fields", fields);
        return portal.layout.page(call, v);
    }

    private View page(PortalCall call, String template, Checkup c) {
        View v = new View(template, c.name().isEmpty() ? call.t("checkup.title") : call.t("checkup.titleNamed", "name", c.name()));
        v.put("checkup", Map.of("name", c.name(), "closed", c.isClosed(), "closedOn", c.closed().map(i -> call.date(i.toString())).orElse(""),
                "shareResults", c.shareResults(), "barometer", c.barometer(), "country", c.country()));
        return v;
    }

    /** API clients (asking for JSON and not for HTML) get problem+json; browsers get a page. */
    static boolean wantsJson(HttpHeaders h) {
        String accept = h.getHeaderString("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
