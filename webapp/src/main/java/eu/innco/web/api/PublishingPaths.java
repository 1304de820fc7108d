package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;

/** The publishing operations in the OpenAPI document: per item, and releases, schedules, audit, webhooks, tokens. */
public final class PublishingPaths {
    private static final String BASE = AuthoringPaths.BASE;
    private final ContentTypeRegistry types;

    public PublishingPaths(ContentTypeRegistry types) {
        this.types = types;
    }

    public void addTo(ObjectNode doc) {
        ObjectNode paths = doc.with("paths");
        for (ContentTypeDefinition t : types.all()) {
            String item = BASE + "/items/" + t.name() + "/{id}";
            String tag = "publishing: " + t.name();
            post(paths, item + "/publish", tag, "Publish in chosen locales (all complete locales without a body)",
                    "{locales?: [..], comment?: string, includeReferences?: boolean}", "400", "403", "404");
            post(paths, item + "/unpublish", tag, "Withdraw locales from the public (all without a body)",
                    "{locales?: [..], force?: boolean}", "400", "403", "404", "409");
            post(paths, item + "/schedule", tag, "Schedule a publish or unpublish", "{action: publish|unpublish, at: date-time, locales: [..]}",
                    "400", "403", "404");
            get(paths, item + "/schedules", tag, "This item's schedules");
            get(paths, item + "/versions", tag, "Versions, newest first");
            post(paths, item + "/versions", tag, "Save the working copy as a version", "{comment?: string}", "400");
            get(paths, item + "/versions/{version}", tag, "One version's content");
            get(paths, item + "/versions/compare", tag, "Differences per property and locale: ?from=N&to=M|working");
            post(paths, item + "/versions/{version}/restore", tag, "Copy a version into the working copy (If-Match optional)", null, "404", "412");
        }
        post(paths, BASE + "/releases", "releases", "Create a release: publish now (publish: true), schedule (at) or keep as a draft",
                "{name, items: [{type, id, locales}], at?, publish?, comment?, includeReferences?}", "400", "403");
        get(paths, BASE + "/releases", "releases", "Releases, newest first");
        get(paths, BASE + "/releases/{id}", "releases", "One release");
        post(paths, BASE + "/releases/{id}/publish", "releases", "Publish a release now, all items or none", null, "400", "409");
        delete(paths, BASE + "/releases/{id}", "releases", "Cancel a draft or scheduled release");
        get(paths, BASE + "/schedules", "schedules", "Schedules, soonest first: ?item=&state=pending|done|failed|cancelled");
        delete(paths, BASE + "/schedules/{id}", "schedules", "Cancel a pending schedule");
        get(paths, BASE + "/audit", "audit", "The audit log, newest first: ?item=&user=&action=&since=&until=&offset=&limit=");
        get(paths, BASE + "/webhooks", "webhooks", "The configured webhooks");
        get(paths, BASE + "/webhooks/{name}/deliveries", "webhooks", "A webhook's delivery log");
        post(paths, BASE + "/tokens", "tokens", "Create an API token for yourself (shown once)", "{label?: string}", "400");
        get(paths, BASE + "/tokens", "tokens", "Your API tokens");
        delete(paths, BASE + "/tokens/{id}", "tokens", "Revoke one of your API tokens");
    }

    private static void get(ObjectNode paths, String path, String tag, String summary) {
        op(paths, path, "get", tag, summary).with("responses").putObject("200").put("description", "OK");
    }

    private static void delete(ObjectNode paths, String path, String tag, String summary) {
        ObjectNode op = op(paths, path, "delete", tag, summary);
        op.with("responses").putObject("200").put("description", "OK");
        AuthoringPaths.problems(op, "404", "409");
    }

    private static void post(ObjectNode paths, String path, String tag, String summary, String body, String... problems) {
        ObjectNode op = op(paths, path, "post", tag, summary);
        if (body != null) {
            op.putObject("requestBody").putObject("content").putObject("application/json").putObject("schema")
                    .put("type", "object").put("description", body);
        }
        op.with("responses").putObject("200").put("description", "OK");
        AuthoringPaths.problems(op, problems);
    }

    private static ObjectNode op(ObjectNode paths, String path, String method, String tag, String summary) {
        ObjectNode p = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode o = p.putObject(method);
        o.put("summary", summary);
        o.putArray("tags").add(tag);
        ArrayNode sec = o.putArray("security");
        sec.addObject().putArray("basic");
        sec.addObject().putArray("bearer");
        AuthoringPaths.problems(o, "401");
        return o;
    }
}
