package eu.innco.web.editor;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.reach.ReachFigures;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * The one-page dissemination report of a partner (or of the whole partnership) for a period, as a
 * PDF in the editor's language, for a project's final report: {@code
 * /editor/campaigns/report.pdf?partner=<organisation id>&from=&to=}. A partner's editor gets their
 * own partner's report only; asking for another partner's is refused, not quietly answered with
 * their own.
 */
@Path("editor/campaigns/report.pdf")
public final class DisseminationReportPages {
    /** A final report covers the whole project, often two or three years: a longer period than the dashboard's. */
    static final int MAX_DAYS = 4 * 366;
    private final Editor editor;
    private final eu.innco.web.portal.PdfDocuments pdf;

    DisseminationReportPages(Editor editor) {
        this.editor = editor;
        this.pdf = new eu.innco.web.portal.PdfDocuments(editor.services.lightModules, editor.services.assets);
    }

    @GET
    public Response report(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        String asked = uri.getQueryParameters().getFirst("partner");
        if (!call.actor().reachesAll() && asked != null && !asked.isBlank() && !asked.trim().equals(call.actor().partner())) {
            throw new InncoException(ErrorCode.REACH_001, "Another partner's report",
                    "Partner editors get their own partner's dissemination report only.");
        }
        ReachPeriod p = ReachPeriod.of(uri, editor.services.clock, MAX_DAYS);
        ReachScope scope = ReachScope.of(call, asked);
        ReachFigures f = new ReachFigures(editor.services.reach.rows(p.from(), p.to()), p.from(), p.to(), scope.reads());
        Map<String, Object> m = DisseminationReport.model(call, scope, f, p);
        byte[] bytes = pdf.render(editor.templates.render("editor/report-pdf.ftlh", m), editor.services.publicAddress.base());
        String name = "inn-co-dissemination-" + (scope.partner().isEmpty() ? "all" : "partner") + "-" + p.from() + "-" + p.to() + ".pdf";
        return Response.ok(bytes, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
