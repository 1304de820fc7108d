package eu.innco.network;

import eu.innco.repository.ContentRepository;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Finds organisations and open applications that may be the same as a new application: the same
 * website (scheme, "www." and trailing slash aside) or the same name in the same city (case and
 * accents aside). They are flagged for moderators, never refused.
 */
final class Duplicates {
    private final ContentRepository repository;
    private final String organisationsPath;

    Duplicates(ContentRepository repository, String organisationsPath) {
        this.repository = repository;
        this.organisationsPath = organisationsPath;
    }

    /** Notes such as {@code organisation:<id>:website} or {@code application:<id>:name}; {@code self} is skipped. */
    List<String> of(ApplicationFields f, String self) {
        return repository.read(s -> {
            List<String> out = new ArrayList<>();
            scan(s, organisationsPath, "organisation", f, self, out);
            scan(s, "/innco:system/" + ApplicationStore.FOLDER, "application", f, self, out);
            return out;
        });
    }

    private static void scan(Session s, String path, String kind, ApplicationFields f, String self, List<String> out)
            throws RepositoryException {
        if (!s.nodeExists(path)) return;
        String site = site(f.website());
        String name = plain(f.name());
        String city = plain(f.city());
        for (NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) {
            Node n = it.nextNode();
            if (n.getName().equals(self)) continue;
            if (!site.isEmpty() && site.equals(site(ApplicationStore.str(n, "website")))) {
                out.add(kind + ":" + id(n, kind) + ":website");
            } else if (!name.isEmpty() && name.equals(plain(ApplicationStore.str(n, "name"))) && city.equals(plain(ApplicationStore.str(n, "city")))) {
                out.add(kind + ":" + id(n, kind) + ":name");
            }
        }
    }

    /** Organisations by their item id (the editor's address), applications by their node name. */
    private static String id(Node n, String kind) throws RepositoryException {
        return kind.equals("organisation") ? n.getIdentifier() : n.getName();
    }

    static String site(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u;
    }

    static String plain(String text) {
        String d = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
