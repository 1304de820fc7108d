package eu.innco.web.editor;

import static eu.innco.web.editor.EditorClient.fields;
import static eu.innco.web.editor.EditorClient.form;

import eu.innco.publishing.PublishTarget;
import eu.innco.publishing.Release;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.awt.Color;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editor's writing actions as a browser performs them: what each is about (made afresh for
 * every try), the request, and how to see in the repository whether it took effect.
 */
final class EditorDoors {
    private EditorDoors() {}

    interface Prepare { Map<String, String> run(EditorFixture f) throws Exception; }
    interface Act { HttpResponse<String> run(EditorFixture f, EditorClient c, Map<String, String> t) throws Exception; }
    interface Effect { boolean run(EditorFixture f, Map<String, String> t) throws Exception; }

    /** One action: {@code prepare} makes its target, {@code act} asks the editor, {@code happened} looks at the repository. */
    record Door(String name, Prepare prepare, Act act, Effect happened) {
        @Override public String toString() { return name; }
    }

    private static final String LATER = "2031-03-01T10:00";

    static Door createItem() {
        return new Door("create an item", f -> Map.of("title", EditorFixture.unique("Créée")),
                (f, c, t) -> c.submit("/editor/content/caseStudy/new", form("_locale", "fr", "p.title.fr", t.get("title"))),
                (f, t) -> !f.find("caseStudy", t.get("title")).isEmpty());
    }

    static Door saveItem() {
        return new Door("save an item of partner A", EditorDoors::studyOfClaire,
                (f, c, t) -> c.submit(item(t), form("_locale", "fr", "_etag", t.get("etag"), "p.title.fr", "Changée")),
                (f, t) -> f.title(t.get("id"), "fr").equals("Changée"));
    }

    static Door deleteItem() {
        return new Door("delete an item of partner A", EditorDoors::studyOfClaire,
                (f, c, t) -> c.submit(item(t) + "/delete", form("_etag", t.get("etag"))),
                (f, t) -> f.item("caseStudy", t.get("id")).isEmpty());
    }

    static Door publish() {
        return new Door("publish a locale", EditorDoors::studyOfClaire,
                (f, c, t) -> c.submit(item(t) + "/publish", form("action", "publish", "locales", "fr")),
                (f, t) -> f.published("caseStudy", t.get("id"), "fr"));
    }

    static Door unpublish() {
        return new Door("unpublish a locale", f -> {
                    Map<String, String> t = studyOfClaire(f);
                    f.publish("caseStudy", t.get("id"), "fr");
                    return t;
                },
                (f, c, t) -> c.submit(item(t) + "/publish", form("action", "unpublish", "locales", "fr")),
                (f, t) -> !f.published("caseStudy", t.get("id"), "fr"));
    }

    static Door schedule() {
        return new Door("schedule a publication", EditorDoors::studyOfClaire,
                (f, c, t) -> c.submit(item(t) + "/publish", form("action", "schedule", "locales", "fr", "at", LATER)),
                (f, t) -> !f.services.publishing.scheduling.list(Actor.SYSTEM, t.get("id"), "pending").isEmpty());
    }

    static Door restoreVersion() {
        return new Door("restore a version", f -> {
                    Map<String, String> t = studyOfClaire(f);
                    f.publish("caseStudy", t.get("id"), "fr");
                    f.setTitle(t.get("id"), "fr", "Seconde version");
                    return t;
                },
                (f, c, t) -> c.submit(item(t) + "/restore", form("version", "1")),
                (f, t) -> f.title(t.get("id"), "fr").equals(t.get("title")));
    }

    static Door publishRelease() {
        return new Door("publish a release", EditorDoors::studyOfClaire,
                (f, c, t) -> c.submit("/editor/releases", fields("name", t.get("title"), "locales", "fr", "items", "caseStudy:" + t.get("id"))),
                (f, t) -> release(f, t.get("title")) != null && f.published("caseStudy", t.get("id"), "fr"));
    }

    static Door scheduleRelease() {
        return new Door("schedule a release", EditorDoors::studyOfClaire,
                (f, c, t) -> c.submit("/editor/releases", fields("name", t.get("title"), "locales", "fr", "items", "caseStudy:" + t.get("id"), "at", LATER)),
                (f, t) -> release(f, t.get("title")) != null);
    }

    static Door cancelRelease() {
        return new Door("cancel a release", f -> {
                    Map<String, String> t = studyOfClaire(f);
                    Release r = f.services.publishing.releases.create(Actor.SYSTEM, t.get("title"),
                            List.of(new PublishTarget("caseStudy", t.get("id"), List.of("fr"))), false, "", Instant.parse("2031-03-01T09:00:00Z"), false);
                    t.put("release", r.id());
                    return t;
                },
                (f, c, t) -> c.submit("/editor/releases/" + t.get("release") + "/cancel", form()),
                (f, t) -> f.services.publishing.releases.get(t.get("release")).state().equals("cancelled"));
    }

    static Door uploadAsset() {
        return new Door("upload an image", f -> Map.of("file", EditorFixture.unique("upload") + ".png"),
                (f, c, t) -> c.upload("/editor/assets", form("title", "Carré", "alt", "Un carré rouge"), t.get("file"),
                        EditorFixture.png(20, 20, Color.RED)),
                (f, t) -> !f.find("asset", t.get("file")).isEmpty());
    }

    static Door editAltText() {
        return new Door("edit an image's alt text", f -> new HashMap<>(Map.of("id", f.image("claire", EditorFixture.unique("photo") + ".png", "Avant"))),
                (f, c, t) -> {
                    String action = "/editor/content/asset/" + t.get("id");
                    var page = f.admin().get(action + "?edit=fr").body();
                    return c.submit(action, HtmlForms.with(HtmlForms.fields(page, action), "p.alt.fr", "Après"));
                },
                (f, t) -> f.value("asset", t.get("id"), "alt", "fr").equals("Après"));
    }

    static Door createUser() {
        return new Door("create a user", f -> Map.of("user", EditorFixture.unique("new")),
                (f, c, t) -> c.submit("/editor/users", fields("username", t.get("user"), "roles", "editor")),
                (f, t) -> f.services.users.exists(t.get("user")));
    }

    static Door disableUser() {
        return new Door("disable a user", EditorDoors::someUser,
                (f, c, t) -> c.submit("/editor/users/" + t.get("user"), fields("roles", "editor", "disabled", "true")),
                (f, t) -> f.services.users.find(t.get("user")).orElseThrow().disabled());
    }

    static Door resetPassword() {
        return new Door("reset a password", EditorDoors::someUser,
                (f, c, t) -> c.submit("/editor/users/" + t.get("user"), form("action", "reset")),
                (f, t) -> !f.services.users.find(t.get("user")).orElseThrow().passwordHash().equals(t.get("hash")));
    }

    static Door changeRoles() {
        return new Door("change a user's roles", EditorDoors::someUser,
                (f, c, t) -> c.submit("/editor/users/" + t.get("user"), fields("roles", "editor", "roles", "publisher", "locales", "pl")),
                (f, t) -> f.services.users.find(t.get("user")).orElseThrow().roles().contains(Role.PUBLISHER));
    }

    static Door createToken() {
        return new Door("create a token for another user", EditorDoors::someUser,
                (f, c, t) -> c.submit("/editor/users/" + t.get("user"), form("action", "token", "label", "script")),
                (f, t) -> !f.services.tokens.list(t.get("user")).isEmpty());
    }

    static Door revokeToken() {
        return new Door("revoke another user's token", f -> {
                    Map<String, String> t = someUser(f);
                    f.services.tokens.create(t.get("user"), "script");
                    t.put("token", f.services.tokens.list(t.get("user")).get(0).id());
                    return t;
                },
                (f, c, t) -> c.submit("/editor/users/" + t.get("user"), form("action", "revoke", "token", t.get("token"))),
                (f, t) -> f.services.tokens.list(t.get("user")).isEmpty());
    }

    static Door translate(String locale) {
        return new Door("save a translation into " + locale, EditorDoors::studyOfClaire,
                (f, c, t) -> c.submit(item(t) + "/translate", form("_source", "fr", "_target", locale, "_etag", t.get("etag"),
                        "p.title." + locale, "Przetłumaczone", "state", "translated")),
                (f, t) -> f.title(t.get("id"), locale).equals("Przetłumaczone"));
    }

    private static Map<String, String> studyOfClaire(EditorFixture f) throws Exception {
        String title = EditorFixture.unique("Étude");
        String id = f.study("claire", title);
        return new HashMap<>(Map.of("id", id, "title", title, "etag", f.item("caseStudy", id).orElseThrow().etag()));
    }

    private static Map<String, String> someUser(EditorFixture f) {
        String name = EditorFixture.unique("someone");
        f.services.users.create(name, "someone's password", Set.of(Role.EDITOR), f.partnerA, Set.of("fr"), false);
        return new HashMap<>(Map.of("user", name, "hash", f.services.users.find(name).orElseThrow().passwordHash()));
    }

    private static String item(Map<String, String> t) {
        return "/editor/content/caseStudy/" + t.get("id");
    }

    static Door launchCampaign() {
        return new Door("launch a campaign", f -> {
                    String name = EditorFixture.unique("Campagne");
                    String id = f.create(f.actor("claire"), "campaign", "{'properties':{'name':'" + name + "','locales':['fr']}}").id();
                    return new HashMap<>(Map.of("id", id, "title", name));
                },
                (f, c, t) -> c.submit("/editor/campaigns/" + t.get("id") + "/launch", fields("at", "")),
                (f, t) -> f.published("campaign", t.get("id"), "fr"));
    }

    private static Release release(EditorFixture f, String name) {
        return f.services.publishing.releases.all().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}
