package eu.innco.network;

import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/** Applications in the repository, apart from public content: {@code /innco:system/applications/<id>}. */
final class ApplicationStore {
    static final String FOLDER = "applications";
    private final ContentRepository repository;

    ApplicationStore(ContentRepository repository) {
        this.repository = repository;
    }

    /** Writes fields and logo (when given) into a new or existing node, in the caller's session. */
    static void writeFields(Node n, ApplicationFields f, Optional<Logo> logo) throws RepositoryException {
        n.setProperty("name", f.name());
        n.setProperty("kind", f.kind());
        n.setProperty("country", f.country());
        n.setProperty("city", f.city());
        n.setProperty("lat", f.lat() == null ? 0 : f.lat());
        n.setProperty("lon", f.lon() == null ? 0 : f.lon());
        n.setProperty("sectors", f.sectors().toArray(String[]::new));
        n.setProperty("languages", f.languages().toArray(String[]::new));
        n.setProperty("description", f.description());
        n.setProperty("website", f.website());
        n.setProperty("contactName", f.contactName());
        n.setProperty("contactEmail", f.contactEmail());
        if (logo.isPresent()) {
            Binary b = n.getSession().getValueFactory().createBinary(new ByteArrayInputStream(logo.get().bytes()));
            n.setProperty("logoData", b);
            n.setProperty("logoName", logo.get().fileName());
            n.setProperty("logoType", logo.get().mediaType());
        }
    }

    Optional<Node> node(Session s, String id) throws RepositoryException {
        if (id == null || !id.matches("[A-Za-z0-9-]{1,64}")) return Optional.empty();
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER + "/" + id;
        return s.nodeExists(path) ? Optional.of(s.getNode(path)) : Optional.empty();
    }

    Node create(Session s, String id) throws RepositoryException {
        return NodeTypes.systemFolder(s, FOLDER).addNode(id, "mgnl:contentNode");
    }

    Optional<Application> find(String id) {
        return repository.read(s -> node(s, id).map(ApplicationStore::readQuietly));
    }

    List<Application> all() {
        return repository.read(s -> {
            List<Application> out = new ArrayList<>();
            String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
            if (!s.nodeExists(path)) return out;
            for (NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) out.add(read(it.nextNode()));
            out.sort(java.util.Comparator.comparing(Application::created));
            return out;
        });
    }

    Optional<Logo> logo(String id) {
        return repository.read(s -> {
            Optional<Node> n = node(s, id);
            if (n.isEmpty() || !n.get().hasProperty("logoData")) return Optional.<Logo>empty();
            try (var in = n.get().getProperty("logoData").getBinary().getStream()) {
                return Optional.of(new Logo(n.get().getProperty("logoName").getString(), n.get().getProperty("logoType").getString(),
                        in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Application read(Node n) throws RepositoryException {
        ApplicationFields f = new ApplicationFields(str(n, "name"), str(n, "kind"), str(n, "country"), str(n, "city"),
                n.getProperty("lat").getDouble(), n.getProperty("lon").getDouble(), strings(n, "sectors"), strings(n, "languages"),
                str(n, "description"), str(n, "website"), str(n, "contactName"), str(n, "contactEmail"));
        return new Application(n.getName(), ApplicationState.valueOf(str(n, "state")), str(n, "locale"), f, str(n, "termsVersion"),
                date(n, "termsAcceptedAt"), date(n, "created"), date(n, "expires"), strings(n, "duplicates"), str(n, "note"),
                n.hasProperty("logoData"));
    }

    private static Application readQuietly(Node n) {
        try {
            return read(n);
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    static String str(Node n, String p) throws RepositoryException {
        return n.hasProperty(p) ? n.getProperty(p).getString() : "";
    }

    static Instant date(Node n, String p) throws RepositoryException {
        return n.hasProperty(p) ? n.getProperty(p).getDate().toInstant() : Instant.EPOCH;
    }

    static List<String> strings(Node n, String p) throws RepositoryException {
        if (!n.hasProperty(p)) return List.of();
        return Arrays.stream(n.getProperty(p).getValues()).map(ApplicationStore::string).toList();
    }

    private static String string(Value v) {
        try {
            return v.getString();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    static void setDate(Node n, String p, Instant at) throws RepositoryException {
        n.setProperty(p, Dates.calendar(at));
    }
}
