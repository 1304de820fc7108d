package eu.innco.web.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The matching operations of the exchange in the OpenAPI document (public, like the delivery API). */
public final class MatchesOpenApi {
    private MatchesOpenApi() {}

    public static void addTo(ObjectNode doc) {
        ObjectNode paths = doc.with("paths");
        add(paths, "needs", "The published offers that fit a need");
        add(paths, "offers", "The published needs that an offer could meet");
    }

    private static void add(ObjectNode paths, String kind, String summary) {
        // not paths.with(path): Jackson reads a name starting with '/' as a JSON pointer
        ObjectNode get = paths.putObject("/.rest/exchange/" + kind + "/{id}/matches").putObject("get");
        get.put("summary", summary + ", best first: same category; a shared sector, then a country served (or remote), then shared"
                + " working languages; from their values, never their words, so items in different languages find each other");
        get.putArray("tags").add("exchange");
        var params = get.putArray("parameters");
        params.addObject().put("name", "id").put("in", "path").put("required", true).putObject("schema").put("type", "string").put("format", "uuid");
        params.addObject().put("name", "lang").put("in", "query").put("description", "the language of titles and reasons (default: the site's)")
                .putObject("schema").put("type", "string");
        params.addObject().put("name", "limit").put("in", "query").put("description", "1 to 50, default 10")
                .putObject("schema").put("type", "integer").put("minimum", 1).put("maximum", 50);
        ObjectNode responses = get.putObject("responses");
        responses.putObject("200").put("description", "{id, kind, lang, matches: [{id, kind, title, href, score, reason, reasons: [{kind, values}]}]}")
                .putObject("content").putObject("application/json").putObject("schema").put("type", "object");
        for (String[] p : new String[][] {{"400", "INNCO-EXCHANGE-002 (lang) or -003 (limit)"}, {"404", "INNCO-EXCHANGE-404: no published, valid item"}}) {
            responses.putObject(p[0]).put("description", p[1]).putObject("content").putObject("application/problem+json")
                    .putObject("schema").put("$ref", "#/components/schemas/Problem");
        }
    }
}
