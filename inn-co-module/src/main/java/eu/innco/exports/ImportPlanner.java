package eu.innco.exports;

import eu.innco.FieldError;
import eu.innco.content.ContentItem;
import eu.innco.content.ItemNodes;
import eu.innco.content.LocaleState;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.validation.ContentValidator;
import eu.innco.validation.ItemCandidate;
import eu.innco.validation.ReferenceLookup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Meets the item files with the repository in one session: finds each item's node by uuid and
 * path, refuses uuids used elsewhere, validates every item with the content validator (references
 * may point to items of the same import), and decides what happens to each.
 */
final class ImportPlanner {
    private final ContentTypeRegistry types;
    private final ItemNodes nodes;
    private final ContentValidator validator;

    ImportPlanner(ContentTypeRegistry types, ItemNodes nodes, ContentValidator validator) {
        this.types = types;
        this.nodes = nodes;
        this.validator = validator;
    }

    /** The plan, in file order; problems go to {@code errors}, and a plan with errors must not be written. */
    List<PlannedItem> plan(Session s, List<ItemFile> files, ImportErrors errors) throws RepositoryException {
        Map<String, ItemFile> byUuid = new HashMap<>();
        Map<String, ItemFile> byPath = new HashMap<>();
        List<Node> existing = new ArrayList<>();
        List<String> uuids = new ArrayList<>();
        for (ItemFile f : files) {
            ItemFile samePath = byPath.putIfAbsent(f.path(), f);
            if (samePath != null) errors.add(f.location(), "the item " + f.path() + " is also in " + samePath.label());
            Node node = existingNode(s, f, errors);
            String uuid = f.uuid().orElse(node != null ? node.getIdentifier() : UUID.randomUUID().toString());
            ItemFile sameUuid = byUuid.putIfAbsent(uuid, f);
            if (sameUuid != null && !sameUuid.path().equals(f.path())) {
                error(errors, f, ExportNames.UUID, "jcr:uuid " + uuid + " is also used by " + sameUuid.label());
            }
            existing.add(node);
            uuids.add(uuid);
        }
        ReferenceLookup refs = (target, id) -> {
            ItemFile f = byUuid.get(id);
            return f != null ? f.type().name().equals(target) : exists(s, target, id);
        };
        // Magnolia keeps ids of nodes an export leaves out (DAM assets, categories): kept too, unless they name something else here
        ReferenceLookup magnoliaRefs = (target, id) -> refs.exists(target, id) || (!byUuid.containsKey(id) && absent(s, id));
        for (ItemFile f : files) {
            ItemCandidate c = new ItemCandidate(f.type(), f.values(), f.readViolations(), f.magnoliaPath().isPresent() ? magnoliaRefs : refs);
            for (FieldError e : validator.errors(c, Locale.ENGLISH)) errors.add(f.locations().place(e.path(), e.message()));
            // publication follows the write: a locale that cannot be published is refused now, before anything is written
            for (String l : f.publishedLocales()) {
                List<String> missing = eu.innco.content.Completeness.missing(f.type().properties(), f.values(), l);
                if (!missing.isEmpty()) error(errors, f, ExportNames.PUBLISHED_LOCALES, "cannot be published in " + l + ": "
                        + String.join(", ", missing) + " missing");
            }
        }
        List<PlannedItem> plan = new ArrayList<>();
        if (!errors.isEmpty()) return plan;
        for (int i = 0; i < files.size(); i++) plan.add(planned(files.get(i), uuids.get(i), existing.get(i)));
        return plan;
    }

    /** The node the file's item is already stored in, or null; a uuid or path taken by another item is an error. */
    private Node existingNode(Session s, ItemFile f, ImportErrors errors) throws RepositoryException {
        Node byId = f.uuid().isPresent() ? byIdentifier(s, f.uuid().get()) : null;
        // a name that is no node name was reported by the reader; asked of the repository, it is a RepositoryException (a 500)
        Node byPath = eu.innco.content.Slugs.isValid(f.name()) && s.nodeExists(f.path()) ? s.getNode(f.path()) : null;
        if (byId != null && !byId.getPath().equals(f.path())) {
            error(errors, f, ExportNames.UUID, "jcr:uuid " + f.uuid().get() + " is already used by " + byId.getPath()
                    + "; an import does not move items: give this item another uuid, or rename the file to match");
            return null;
        }
        if (byId == null && byPath != null && f.uuid().isPresent()) {
            error(errors, f, ExportNames.UUID, f.path() + " already exists with another jcr:uuid (" + byPath.getIdentifier()
                    + "); use that uuid, or another node name");
            return null;
        }
        if (byPath != null && !byPath.getPrimaryNodeType().getName().equals(f.type().nodeType())) {
            error(errors, f, ExportNames.PRIMARY_TYPE, f.path() + " already exists as a " + byPath.getPrimaryNodeType().getName());
            return null;
        }
        return byPath;
    }

    private PlannedItem planned(ItemFile f, String uuid, Node node) throws RepositoryException {
        if (node == null) return new PlannedItem(f, uuid, ImportOutcome.CREATED, f.publishedLocales());
        if (!ItemComparison.same(node, f, nodes)) return new PlannedItem(f, uuid, ImportOutcome.CHANGED, f.publishedLocales());
        // an unchanged item is published again only where it is not published as it is
        ContentItem item = nodes.toItem(node, f.type());
        List<String> pending = new ArrayList<>();
        for (String l : f.publishedLocales()) {
            LocaleState st = item.locales().get(l);
            if (st == null || st.published() == null || st.modifiedSincePublished()) pending.add(l);
        }
        return new PlannedItem(f, uuid, ImportOutcome.UNCHANGED, pending);
    }

    private static void error(ImportErrors errors, ItemFile f, String key, String message) {
        errors.add(f.locations().lineOf(key), message);
    }

    private boolean exists(Session s, String target, String id) {
        try {
            return types.get(target).isPresent() && nodes.findOrNull(s, types.require(target), id) != null;
        } catch (RepositoryException e) {
            return false;
        }
    }

    private static boolean absent(Session s, String id) {
        try {
            return byIdentifier(s, id) == null;
        } catch (RepositoryException e) {
            return false;
        }
    }

    /** The node with that identifier, or null. */
    static Node byIdentifier(Session s, String uuid) throws RepositoryException {
        try {
            return s.getNodeByIdentifier(uuid);
        } catch (ItemNotFoundException e) {
            return null;
        }
    }
}
