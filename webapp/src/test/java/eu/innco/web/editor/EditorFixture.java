package eu.innco.web.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.content.Precondition;
import eu.innco.publishing.AuditQuery;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.InncoServer;
import eu.innco.web.Services;
import eu.innco.web.TestServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A real server with two partner organisations and one user per role (admin; publisher paula;
 * editors claire of partner A and piotr of partner B; translator tomasz for Polish; partner
 * publishers pia of partner A and pawel of partner B), and the
 * content they make, written through the services as they would write it.
 */
final class EditorFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final InncoServer server;
    final Services services;
    final String partnerA;
    final String partnerB;
    private EditorClient admin;

    EditorFixture() throws Exception {
        this(Map.of());
    }

    EditorFixture(Map<String, String> settings) throws Exception {
        server = TestServer.start(settings);
        services = server.services();
        partnerA = create("organisation", "{'properties':{'name':'Partner A','country':'FR','role':'partner'}}").id();
        partnerB = create("organisation", "{'properties':{'name':'Partner B','country':'PL','role':'partner'}}").id();
        services.users.create("paula", password("paula"), Set.of(Role.PUBLISHER), "", Set.of(), false);
        services.users.create("claire", password("claire"), Set.of(Role.EDITOR), partnerA, Set.of("fr"), false);
        services.users.create("piotr", password("piotr"), Set.of(Role.EDITOR), partnerB, Set.of("pl"), false);
        services.users.create("tomasz", password("tomasz"), Set.of(Role.TRANSLATOR), "", Set.of("pl"), false);
        services.users.create("pia", password("pia"), Set.of(Role.PARTNER_PUBLISHER), partnerA, Set.of("fr"), false);
        services.users.create("pawel", password("pawel"), Set.of(Role.PARTNER_PUBLISHER), partnerB, Set.of("pl"), false);
    }

    /** Every fixture user's password: the name and a suffix (the admin's is the test server's). */
    static String password(String user) {
        return user.equals("admin") ? TestServer.ADMIN_PASSWORD : user + " password";
    }

    /** A name no other test of this run uses. */
    static String unique(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet();
    }

    /** A client signed in as the user; fails when the sign-in does not work. */
    EditorClient signIn(String user) throws Exception {
        EditorClient c = client();
        var r = c.signIn(user, password(user));
        if (r.statusCode() != 303) throw new AssertionError("sign-in of " + user + ": " + r.statusCode());
        return c;
    }

    /** One signed-in admin for the whole class, to read forms as the server renders them. */
    synchronized EditorClient admin() throws Exception {
        if (admin == null) admin = signIn("admin");
        return admin;
    }

    EditorClient client() {
        return new EditorClient(server.uri());
    }

    Actor actor(String user) {
        return services.users.find(user).orElseThrow().actor();
    }

    ContentItem create(String type, String singleQuotedJson) throws Exception {
        return create(Actor.SYSTEM, type, singleQuotedJson);
    }

    ContentItem create(Actor actor, String type, String singleQuotedJson) throws Exception {
        return services.content.create(actor, type, JSON.readTree(singleQuotedJson.replace('\'', '"')));
    }

    /** A case study written by the user in French, with only its title. */
    String study(String user, String titleFr) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("properties").putObject("title").put("fr", titleFr);
        body.put("sourceLocale", "fr");
        return services.content.create(actor(user), "caseStudy", body).id();
    }

    Optional<ContentItem> item(String type, String id) {
        try {
            return Optional.of(services.content.get(Actor.SYSTEM, type, id));
        } catch (InncoException e) {
            return Optional.empty();
        }
    }

    String value(String type, String id, String property, String locale) {
        return item(type, id).flatMap(i -> i.values().get(property, locale)).map(String::valueOf).orElse("");
    }

    String title(String id, String locale) {
        return value("caseStudy", id, "title", locale);
    }

    boolean published(String type, String id, String locale) {
        return item(type, id).map(i -> i.locales().get(locale).published() != null).orElse(false);
    }

    void publish(String type, String id, String... locales) {
        services.publishing.publication.publish(Actor.SYSTEM, type, id, List.of(locales), "", false);
    }

    void setTitle(String id, String locale, String title) throws Exception {
        ObjectNode patch = JSON.createObjectNode();
        patch.putObject("properties").putObject("title").put(locale, title);
        services.content.patch(Actor.SYSTEM, "caseStudy", id, patch, Precondition.ANY);
    }

    /** Items of a type whose text contains {@code text}, as an admin sees them. */
    List<ContentItem> find(String type, String text) {
        return services.content.list(Actor.SYSTEM, type, ListQuery.of(200, 0, text, null, null, null)).items();
    }

    /** An image uploaded by the user, with French title and alt text. */
    String image(String user, String fileName, String altFr) throws Exception {
        return services.assets.upload(actor(user), fileName, new ByteArrayInputStream(png(40, 30, Color.RED)), "fr", "Image", altFr).id();
    }

    /** How many refusals the audit log holds for the user: each one the access policy made. */
    int refusals(String user) {
        return services.publishing.audit.query(AuditQuery.of(null, user, "permission-refused", null, null, 0, 1)).total();
    }

    static byte[] png(int width, int height, Color colour) throws Exception {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.close();
    }
}
