package eu.innco.web.delivery;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.workspace.WorkspaceEndpoint;
import eu.innco.workspace.WorkspaceLanguage;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delivery answers of endpoints over workspaces without content type: read from the repository
 * each time (they are not in the index, so the answer cache, which the index's generation
 * invalidates, does not keep them); an ETag from the bytes still spares unchanged bodies.
 */
final class WorkspaceAnswers {
    private WorkspaceAnswers() {}

    static Response answer(DeliveryDoors doors, WorkspaceEndpoint e, String rest, Map<String, List<String>> params, HttpHeaders headers) {
        List<String> lang = params.get("lang");
        boolean all = lang != null && !lang.isEmpty() && lang.get(0).equals("all");
        String locale = doors.delivery.locale(lang == null || all ? null : lang.get(0), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        var site = doors.delivery.site();
        WorkspaceLanguage language = new WorkspaceLanguage(locale, site.defaultLocale(), java.util.Set.copyOf(site.locales()), all);
        byte[] body;
        String vary = Answers.NODE_VARY;
        if (rest.startsWith("@")) {
            body = found(doors.workspaces.byId(e, rest.substring(1), language), e, rest);
        } else if (rest.length() > 1) {
            body = found(doors.workspaces.byPath(e, rest.substring(1), language), e, rest);
        } else {
            body = doors.workspaces.query(e, params, language);
            vary = Answers.LIST_VARY;
        }
        String contentLanguage = doors.language(locale);
        return doors.answers.answer(body, Answers.etag(contentLanguage, body), Answers.JSON, contentLanguage, vary, headers);
    }

    private static byte[] found(Optional<byte[]> body, WorkspaceEndpoint e, String where) {
        return body.orElseThrow(() -> InncoException.notFound(ErrorCode.DELIVERY_001, "There is no node " + Requests.clip(where)
                + " on endpoint '" + e.name() + "' (workspace " + e.workspace() + ")."));
    }
}
