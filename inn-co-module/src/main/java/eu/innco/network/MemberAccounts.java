package eu.innco.network;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.assets.AssetService;
import eu.innco.content.ContentService;
import eu.innco.mail.Outbox;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.AuditLog;
import eu.innco.publishing.PublicationService;
import eu.innco.repository.ContentRepository;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.security.UserStore;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.jcr.Node;

/**
 * Member organisations and accounts: the organisation an approval makes, the contact person's
 * account and set-password link, invitations of colleagues, and setting a password through a link.
 * Member user names are random ({@code m-<hex>}) so that the audit log never names a person.
 */
public final class MemberAccounts {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private final ContentRepository repository;
    private final ContentService content;
    private final AssetService assets;
    private final PublicationService publication;
    private final UserStore users;
    final MemberStore members;
    private final NetworkMails mails;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    MemberAccounts(ContentRepository repository, ContentService content, AssetService assets, PublicationService publication,
                   UserStore users, MemberStore members, NetworkMails mails, Outbox outbox, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.content = content;
        this.assets = assets;
        this.publication = publication;
        this.users = users;
        this.members = members;
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The moderator's decision carried out by the platform: the moderator may lack the right to
     * publish, but approving an application is the decision to publish this one profile.
     */
    public static Actor acting(String username, String partner) {
        return new Actor(username, Set.of(Role.ADMIN), partner, Set.of(), true);
    }

    String createOrganisation(Actor moderator, Application app, Optional<Logo> logo) {
        Actor actor = acting(moderator.username(), moderator.partner());
        ApplicationFields f = app.fields();
        ObjectNode body = Moderation.object();
        body.put("sourceLocale", app.locale());
        ObjectNode p = body.putObject("properties");
        p.put("name", f.name());
        p.put("kind", f.kind());
        p.put("role", "member");
        p.put("country", f.country());
        p.put("city", f.city());
        p.putObject("location").put("lat", f.lat()).put("lon", f.lon());
        if (!f.website().isEmpty()) p.put("website", f.website());
        ArrayNode sectors = p.putArray("sectors");
        f.sectors().forEach(sectors::add);
        ArrayNode languages = p.putArray("languages");
        f.languages().forEach(languages::add);
        p.putObject("description").put(app.locale(), Paragraphs.html(f.description()));
        if (logo.isPresent()) {
            String asset = assets.upload(actor, logo.get().fileName(), new ByteArrayInputStream(logo.get().bytes()), app.locale(),
                    f.name(), f.name()).id();
            p.put("logo", asset);
        }
        String id = content.create(actor, "organisation", body).id();
        publication.publish(actor, "organisation", id, List.of(app.locale()), "network: application approved", true);
        return id;
    }

    void createFirstMember(Application app, String organisation, String passwordLinkBase) {
        ApplicationFields f = app.fields();
        createMember(organisation, f.contactName(), f.contactEmail(), app.locale(), app.termsVersion(), app.termsAcceptedAt(),
                "approved", f.name(), passwordLinkBase);
    }

    /** A second account for the same organisation; the colleague sets a password through the mailed link. */
    public String invite(Member inviter, String name, String email, String locale, String organisationName, String passwordLinkBase) {
        String username = createMember(inviter.organisation(), name, email, locale, "", null, "invite", organisationName, passwordLinkBase);
        audit.recordNow(AuditEntry.of(inviter.username(), "network.invite", "organisation", inviter.organisation(), "", List.of(locale),
                null, username));
        return username;
    }

    private String createMember(String organisation, String name, String email, String locale, String terms, java.time.Instant accepted,
                                String mail, String organisationName, String linkBase) {
        String username = "m-" + hex(5);
        users.create(username, LinkTokens.secret(), Set.of(Role.MEMBER), organisation, Set.of(), false);
        users.setUiLocale(username, locale);
        String secret = LinkTokens.secret();
        repository.writeDurably(s -> {
            Node n = MemberStore.create(s, username, name, email, organisation, terms, accepted == null ? clock.instant() : accepted, clock.instant());
            Joining.token(n, "password", secret, clock.instant().plus(Lifetimes.PASSWORD_LINK));
            return null;
        });
        outbox.enqueue(mails.build(mail, locale, email, name, organisationName, "", linkBase + username + "." + secret, ""));
        return username;
    }

    /** Sets a member's password through a mailed link, which is used up by it. */
    public Joining.LinkState setPassword(String token, String password) {
        Optional<LinkTokens.Parts> p = LinkTokens.Parts.of(token);
        if (p.isEmpty()) return Joining.LinkState.INVALID;
        Joining.LinkState state = linkState(p.get());
        if (state != Joining.LinkState.OK) return state;
        users.setPassword(p.get().id(), password);
        repository.writeDurably(s -> {
            members.node(s, p.get().id()).ifPresent(n -> clear(n));
            return null;
        });
        return Joining.LinkState.OK;
    }

    /** Whether a set-password link is good, without using it up. */
    public Joining.LinkState linkState(LinkTokens.Parts p) {
        return repository.read(s -> {
            Optional<Node> n = members.node(s, p.id());
            if (n.isEmpty() || !"password".equals(ApplicationStore.str(n.get(), "tokenPurpose"))
                    || !LinkTokens.matches(p.secret(), ApplicationStore.str(n.get(), "tokenHash"))) {
                return Joining.LinkState.INVALID;
            }
            return ApplicationStore.date(n.get(), "tokenExpires").isAfter(clock.instant()) ? Joining.LinkState.OK : Joining.LinkState.EXPIRED;
        });
    }

    public Optional<Member> member(String username) {
        return members.find(username);
    }

    /** The people with accounts for the same organisation as {@code m}, {@code m} included. */
    public java.util.List<Member> colleagues(Member m) {
        return members.of(m.organisation());
    }

    /** The people with accounts for an organisation, oldest account first (the first is its contact person). */
    public java.util.List<Member> people(String organisation) {
        return members.of(organisation).stream().sorted(java.util.Comparator.comparing(Member::created)).toList();
    }

    public Optional<Member> memberByEmail(String email) {
        return members.byEmail(email);
    }

    /** Unpublishes a member organisation everywhere, as the moderator's decision. */
    void withdraw(Actor moderator, String organisation) {
        publication.unpublish(acting(moderator.username(), moderator.partner()), "organisation", organisation, List.of(), true);
    }

    /** The language a member reads the platform in (its account's interface language). */
    public String uiLocale(String username) {
        return users.find(username).map(u -> u.uiLocale()).orElse("en");
    }

    /** The name of an organisation (working copy), or "". */
    public String nameOf(String organisationId) {
        return property(organisationId, "name");
    }

    /** The country of an organisation (working copy), or "". */
    public String countryOf(String organisationId) {
        return property(organisationId, "country");
    }

    private String property(String organisationId, String name) {
        if (organisationId == null || organisationId.isEmpty()) return "";
        return repository.read(s -> {
            try {
                Node n = s.getNodeByIdentifier(organisationId.toLowerCase(java.util.Locale.ROOT));
                return n.hasProperty(name) ? n.getProperty(name).getString() : "";
            } catch (javax.jcr.ItemNotFoundException | IllegalArgumentException e) {
                return "";
            }
        });
    }


    private static void clear(Node n) {
        try {
            n.setProperty("tokenHash", "");
        } catch (javax.jcr.RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
