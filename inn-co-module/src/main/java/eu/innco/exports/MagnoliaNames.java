package eu.innco.exports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Node names for items read from Magnolia's exports. Magnolia's names ({@code Kyoto--Japan}) are
 * not INN-CO slugs, and items in different folders may share one; so an item keeps the node it
 * already has (found by its {@code jcr:uuid}), and a new one gets the slug of its name, made unique
 * in the content type's folder with {@code -2}, {@code -3}... Magnolia's own name and path are
 * kept beside it ({@link eu.innco.content.MagnoliaPlace}).
 */
final class MagnoliaNames {
    private MagnoliaNames() {}

    static List<ItemFile> assign(Session s, List<ItemFile> files) throws RepositoryException {
        List<ItemFile> out = new ArrayList<>(files);
        Set<String> taken = new HashSet<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            ItemFile f = out.get(i);
            if (f.magnoliaPath().isEmpty()) {
                taken.add(f.path());
                continue;
            }
            Node known = f.uuid().isPresent() ? ImportPlanner.byIdentifier(s, f.uuid().get()) : null;
            if (known != null && known.getParent().getPath().equals(f.type().rootPath())) {
                out.set(i, f.named(known.getName()));
                taken.add(known.getPath());
            } else {
                fresh.add(i);
            }
        }
        for (int i : fresh) {
            ItemFile f = out.get(i);
            String name = f.name();
            for (int n = 2; taken.contains(f.named(name).path()) || s.nodeExists(f.named(name).path()); n++) name = f.name() + "-" + n;
            ItemFile named = f.named(name);
            taken.add(named.path());
            out.set(i, named);
        }
        return out;
    }
}
