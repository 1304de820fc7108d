package eu.innco.web.editor;

import eu.innco.ErrorCode;
import eu.innco.content.ContentService;
import eu.innco.assets.AssetService;
import eu.innco.reach.Reach;
import eu.innco.web.portal.PublicAddress;
import java.time.Clock;
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
    private final ContentService content;
    private final Clock clock;
    private final Reach reach;
    private final PublicAddress publicAddress;
    private final eu.innco.web.portal.PdfDocuments pdf;

    /** {@code lightModules} and {@code assets}: for the PDF documents' fonts and images. */
    DisseminationReportPages(Editor editor, ContentService content, java.nio.file.Path lightModules, AssetService assets, Clock clock, Reach reach,
                             PublicAddress publicAddress) {
        this.editor = editor;
        this.content = content;
        this.clock = clock;
        this.reach = reach;
        this.publicAddress = publicAddress;
        this.pdf = new eu.innco.web.portal.PdfDocuments(lightModules, assets);
    }

    @GET
    public Response report(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        String asked = uri.getQueryParameters().getFirst("partner");
        if (!call.actor().reachesAll() && asked != null && !asked.isBlank() && !asked.trim().equals(call.actor().partner())) {
            throw new InncoException(ErrorCode.REACH_001, "Another partner's report",
                    "Partner editors get their own partner's dissemination report only.");
        }
        ReachPeriod p = ReachPeriod.of(uri, clock, MAX_DAYS);
        ReachScope scope = ReachScope.of(call, content, reach, asked);
        ReachFigures f = new ReachFigures(reach.rows(p.from(), p.to()), p.from(), p.to(), scope.reads());
        Map<String, Object> m = DisseminationReport.model(call, new DisseminationReport.Sources(content, reach, clock, publicAddress), scope, f, p);
        byte[] bytes = pdf.render(editor.templates.render("editor/report-pdf.ftlh", m), publicAddress.base());
        String name = "inn-co-dissemination-" + (scope.partner().isEmpty() ? "all" : "partner") + "-" + p.from() + "-" + p.to() + ".pdf";
        return Response.ok(bytes, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
