package eu.innco.i18n.translation;

import eu.innco.content.ContentItem;
import eu.innco.content.ItemNodes;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The translation overview of the authoring API: per content type and locale how many items are
 * missing, draft, translated, reviewed, outdated and complete; per item which values need work in
 * which locale. Reads working copies; for people who may read drafts.
 */
public final class TranslationOverview {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final SiteLocales locales;
    private final ItemNodes nodes;
    private final AccessPolicy policy;

    public TranslationOverview(ContentRepository repository, ContentTypeRegistry types, SiteLocales locales, ItemNodes nodes,
                               AccessPolicy policy) {
        this.repository = repository;
        this.types = types;
        this.locales = locales;
        this.nodes = nodes;
        this.policy = policy;
    }

    /** Counts for one type, or for every type with localised properties when {@code type} is null. */
    public List<TypeOverview> overview(Actor actor, String type) {
        policy.check(actor, Action.READ_DRAFT, Ownership.NEW);
        List<ContentTypeDefinition> wanted = type == null ? types.all().stream().filter(ContentTypeDefinition::hasLocalisedProperties).toList()
                : List.of(types.require(type));
        return repository.read(s -> {
            List<TypeOverview> out = new ArrayList<>();
            for (ContentTypeDefinition t : wanted) out.add(count(s, t));
            return out;
        });
    }

    private TypeOverview count(Session s, ContentTypeDefinition t) throws RepositoryException {
        Map<String, LocaleCounts> counts = new LinkedHashMap<>();
        for (String l : locales.locales()) counts.put(l, LocaleCounts.empty());
        int items = 0;
        for (Node n : itemNodes(s, t)) {
            items++;
            for (LocaleWork w : work(n, t)) counts.put(w.locale(), counts.get(w.locale()).plus(w));
        }
        return new TypeOverview(t.name(), items, counts);
    }

    /** One item: its states and the values to work on, per locale. */
    public ItemTranslation item(Actor actor, String type, String id) {
        ContentTypeDefinition t = types.require(type);
        return repository.read(s -> {
            Node n = nodes.find(s, t, id);
            policy.check(actor, Action.READ_DRAFT, eu.innco.content.ContentService.ownership(n));
            return new ItemTranslation(nodes.toItem(n, t), work(n, t));
        });
    }

    private List<LocaleWork> work(Node n, ContentTypeDefinition t) throws RepositoryException {
        ContentItem item = nodes.toItem(n, t);
        List<LocaleWork> out = new ArrayList<>();
        for (String l : locales.locales()) {
            out.add(TranslationWork.of(item, t.properties(), l, nodes.translations().snapshot(n, t, l)));
        }
        return out;
    }

    private static List<Node> itemNodes(Session s, ContentTypeDefinition t) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        if (!s.nodeExists(t.rootPath())) return out;
        for (NodeIterator it = s.getNode(t.rootPath()).getNodes(); it.hasNext(); ) {
            Node n = it.nextNode();
            if (n.getPrimaryNodeType().getName().equals(t.nodeType())) out.add(n);
        }
        return out;
    }
}
