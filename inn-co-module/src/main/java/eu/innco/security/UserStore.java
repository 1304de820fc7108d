package eu.innco.security;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/** Users kept in the repository under {@code /innco:system/users}. */
public final class UserStore {
    static final String FOLDER = "users";
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final ContentRepository repository;

    public UserStore(ContentRepository repository) {
        this.repository = repository;
    }

    public Optional<UserAccount> find(String username) {
        if (username == null || !NAME.matcher(username).matches()) return Optional.empty();
        return repository.read(s -> {
            Node folder = folder(s, false);
            return folder != null && folder.hasNode(username) ? Optional.of(read(folder.getNode(username))) : Optional.empty();
        });
    }

    public List<UserAccount> all() {
        return repository.read(s -> {
            List<UserAccount> out = new ArrayList<>();
            Node folder = folder(s, false);
            if (folder == null) return out;
            for (NodeIterator it = folder.getNodes(); it.hasNext(); ) out.add(read(it.nextNode()));
            out.sort(java.util.Comparator.comparing(UserAccount::username));
            return out;
        });
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    /** Creates a user; the password is hashed here and never stored or logged in clear. */
    public UserAccount create(String username, String password, Set<Role> roles, String partner, Set<String> locales,
                              boolean allContent) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !NAME.matcher(username).matches()) {
            errors.add(FieldError.keyed("username", "username", "must be 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'"));
        }
        String weak = PasswordHasher.weakness(password);
        if (weak != null) errors.add(PasswordHasher.weaknessError(password));
        if (roles.isEmpty()) errors.add(noRole());
        if (roles.contains(Role.MEMBER) && roles.size() > 1) errors.add(FieldError.keyed("roles", "roles", "member is a role of its own"));
        if (!errors.isEmpty()) throw InncoException.invalid(ErrorCode.USER_001, "Invalid user", errors);
        String hash = PasswordHasher.hash(password);
        return repository.write(s -> {
            Node folder = folder(s, true);
            if (folder.hasNode(username)) throw InncoException.conflict(ErrorCode.USER_002, "User '" + username + "' exists already.").withArgs(username);
            Node n = folder.addNode(username, "mgnl:contentNode");
            n.setProperty("created", Dates.calendar(Instant.now()));
            n.setProperty("passwordHash", hash);
            write(n, roles, partner, locales, allContent, false);
            return read(n);
        });
    }

    public UserAccount update(String username, Set<Role> roles, String partner, Set<String> locales, boolean allContent,
                              boolean disabled) {
        // a user without a role could sign in but see nothing, not even the dashboard: disabling is the way to stop someone
        if (roles.isEmpty()) throw InncoException.invalid(ErrorCode.USER_001, "Invalid user", List.of(noRole()));
        if (roles.contains(Role.MEMBER) && roles.size() > 1) {
            throw InncoException.invalid(ErrorCode.USER_001, "Invalid user", List.of(FieldError.keyed("roles", "roles", "member is a role of its own")));
        }
        return repository.write(s -> {
            Node n = require(s, username);
            write(n, roles, partner, locales, allContent, disabled);
            return read(n);
        });
    }

    public void setPassword(String username, String password) {
        String weak = PasswordHasher.weakness(password);
        if (weak != null) throw InncoException.invalid(ErrorCode.USER_001, "Invalid password", List.of(PasswordHasher.weaknessError(password)));
        String hash = PasswordHasher.hash(password);
        repository.write(s -> { require(s, username).setProperty("passwordHash", hash); return null; });
    }

    /** Removes a user for good (a member leaving the network: personal data are erased). */
    public void delete(String username) {
        repository.write(s -> { require(s, username).remove(); return null; });
    }

    /**
     * The interface language the user chose under My account, if they ever did (the account's
     * {@code uiLocale()} says "en" for one who did not; the editor asks the browser then).
     */
    public java.util.Optional<String> chosenUiLocale(String username) {
        return repository.read(s -> {
            Node folder = folder(s, false);
            if (folder == null || !folder.hasNode(username)) return java.util.Optional.<String>empty();
            return java.util.Optional.ofNullable(str(folder.getNode(username), "uiLocale")).filter(x -> !x.isBlank());
        });
    }

    public void setUiLocale(String username, String locale) {
        repository.write(s -> { require(s, username).setProperty("uiLocale", locale); return null; });
    }

    private static FieldError noRole() {
        return FieldError.keyed("roles", "roles", "at least one of admin, publisher, editor, translator");
    }

    private Node require(Session s, String username) throws RepositoryException {
        Node folder = folder(s, false);
        if (folder == null || username == null || !NAME.matcher(username).matches() || !folder.hasNode(username)) {
            throw InncoException.notFound(ErrorCode.USER_003, "There is no user '" + username + "'.").withArgs(String.valueOf(username));
        }
        return folder.getNode(username);
    }

    private static void write(Node n, Set<Role> roles, String partner, Set<String> locales, boolean allContent,
                              boolean disabled) throws RepositoryException {
        n.setProperty("roles", roles.stream().map(Role::label).sorted().toArray(String[]::new));
        n.setProperty("partner", partner == null ? "" : partner);
        n.setProperty("locales", new TreeSet<>(locales).toArray(String[]::new));
        n.setProperty("allContent", allContent);
        n.setProperty("disabled", disabled);
    }

    private static UserAccount read(Node n) throws RepositoryException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (n.hasProperty("roles")) for (Value v : n.getProperty("roles").getValues()) Role.parse(v.getString()).ifPresent(roles::add);
        Set<String> locales = new TreeSet<>();
        if (n.hasProperty("locales")) for (Value v : n.getProperty("locales").getValues()) locales.add(v.getString());
        return new UserAccount(n.getName(), str(n, "passwordHash"), roles, str(n, "partner"), locales,
                n.hasProperty("allContent") && n.getProperty("allContent").getBoolean(),
                n.hasProperty("disabled") && n.getProperty("disabled").getBoolean(), str(n, "uiLocale"),
                n.hasProperty("created") ? n.getProperty("created").getDate().toInstant() : null);
    }

    private static String str(Node n, String name) throws RepositoryException {
        return n.hasProperty(name) ? n.getProperty(name).getString() : null;
    }

    static Node folder(Session s, boolean create) throws RepositoryException {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
        if (s.nodeExists(path)) return s.getNode(path);
        return create ? NodeTypes.systemFolder(s, FOLDER) : null;
    }
}
