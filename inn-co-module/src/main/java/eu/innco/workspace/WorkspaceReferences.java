package eu.innco.workspace;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Resolves the references of an endpoint over a plain workspace as Magnolia's JCR and asset
 * resolvers do: a stored identifier (with or without Magnolia's {@code jcr:} prefix) becomes the
 * node it names in the rule's target workspace (a plain one read here, a content type's or the
 * assets through {@link ItemTargets}); an identifier nothing answers to is written as stored.
 * {@code chain} holds the ids embedded on the way down: references expand while it is no longer
 * than {@code referenceDepth}, and never into a node already on it.
 */
final class WorkspaceReferences {
    private final Session session;
    private final WorkspaceEndpoint endpoint;
    private final WorkspaceLanguage language;
    private final ItemTargets items;
    private final Predicate<String> typed;

    WorkspaceReferences(Session session, WorkspaceEndpoint endpoint, WorkspaceLanguage language, ItemTargets items, Predicate<String> typed) {
        this.session = session;
        this.endpoint = endpoint;
        this.language = language;
        this.items = items;
        this.typed = typed;
    }

    Optional<ReferenceRule> rule(String property, Set<String> chain) {
        if (session == null || chain.size() > endpoint.options().referenceDepth()) return Optional.empty();
        return endpoint.options().rule(property);
    }

    /** Writes the node {@code stored} names, or the stored value itself. */
    void write(JsonGenerator g, WorkspaceJson json, ReferenceRule rule, String stored, Set<String> chain) throws IOException, RepositoryException {
        String id = stored.startsWith("jcr:") ? stored.substring(4) : stored;
        if (!chain.contains(id)) {
            Set<String> next = new LinkedHashSet<>(chain);
            next.add(id);
            if (!rule.asset() && !typed.test(rule.targetWorkspace())) {
                Node root = WorkspaceStore.root(session, rule.targetWorkspace(), false);
                Optional<String> path = root == null ? Optional.empty() : new WorkspaceIds(session, rule.targetWorkspace()).path(id);
                Optional<Node> target = path.isEmpty() ? Optional.empty() : WorkspaceStore.at(root, path.get());
                if (target.isPresent()) {
                    json.write(g, root, target.get(), 0, next);
                    return;
                }
            } else {
                String locale = language.all() ? "all" : language.locale();
                var item = items.find(rule, id.toLowerCase(java.util.Locale.ROOT), locale, endpoint.depth(), endpoint.includeSystemProperties());
                if (item.isPresent()) {
                    g.writeTree(item.get());
                    return;
                }
            }
        }
        g.writeString(stored);
    }
}
