package eu.innco.publishing;

import eu.innco.FieldError;
import eu.innco.content.Completeness;
import eu.innco.content.ItemNodes;
import eu.innco.content.ItemValues;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/**
 * Works out a publication before anything is written: which locales of each item (the asked ones,
 * or every complete one), whether each has its required values, and whether every reference points
 * to an item published in that locale, or published together when the request allows it. Collects
 * every problem, so that a release with several bad items lists them all.
 */
final class PublicationPlanner {
    private final ContentTypeRegistry types;
    private final SiteLocales locales;
    private final ItemNodes nodes;

    PublicationPlanner(ContentTypeRegistry types, SiteLocales locales, ItemNodes nodes) {
        this.types = types;
        this.locales = locales;
        this.nodes = nodes;
    }

    /** {@code prefixes} name each target in messages ({@code ""} for one item, {@code items.2.} in a release). */
    PublicationPlan plan(Session s, List<PublishTarget> targets, List<String> prefixes, boolean includeReferences)
            throws RepositoryException {
        return plan(s, targets, prefixes, includeReferences, null);
    }

    /** Like the above; with {@code pinned}, only those referenced items are pulled in, with their saved values. */
    PublicationPlan plan(Session s, List<PublishTarget> targets, List<String> prefixes, boolean includeReferences,
                         java.util.Map<String, ScheduledReferences.Pinned> pinned) throws RepositoryException {
        PublicationPlan plan = new PublicationPlan(pinned);
        Deque<PublicationPlan.Entry> todo = new ArrayDeque<>();
        for (int i = 0; i < targets.size(); i++) {
            PublishTarget t = targets.get(i);
            String prefix = prefixes.get(i);
            Optional<ContentTypeDefinition> type = types.get(t.type());
            Node n = type.isEmpty() ? null : nodes.findOrNull(s, type.get(), t.id());
            if (n == null) {
                plan.problems.add(FieldError.keyed(prefix + "id", "itemMissing", "there is no " + t.type() + " item with id '" + t.id() + "'", t.type(), t.id()));
                continue;
            }
            ItemValues values = t.snapshot() == null ? nodes.values().read(n, type.get().properties())
                    : s.nodeExists(t.snapshot()) ? nodes.values().read(s.getNode(t.snapshot()), type.get().properties()) : null;
            if (values == null) {
                plan.problems.add(FieldError.keyed(prefix + "snapshot", "snapshotMissing", "the content saved when it was scheduled no longer exists"));
                continue;
            }
            PublicationPlan.Entry e = plan.entries.computeIfAbsent(n.getIdentifier(),
                    k -> new PublicationPlan.Entry(type.get(), n, k, values, true));
            if (t.locales().isEmpty()) {
                for (String l : locales.locales()) if (Completeness.missing(type.get().properties(), values, l).isEmpty()) e.locales.add(l);
                if (e.locales.isEmpty()) plan.problems.add(FieldError.keyed(prefix + "locales", "nothingToPublish",
                        "no locale has all the required values yet, so there is nothing to publish"));
            } else {
                for (String l : t.locales()) {
                    if (!locales.contains(l)) {
                        plan.problems.add(FieldError.keyed(prefix + "locales", "notSiteLocale", "'" + l + "' is not a site locale (" + String.join(", ", locales.locales()) + ")", l));
                        continue;
                    }
                    List<String> missing = Completeness.missing(type.get().properties(), values, l);
                    missing.forEach(m -> plan.problems.add(FieldError.keyed(prefix + m, "requiredToPublish", "is required to publish in " + l, l)));
                    if (missing.isEmpty()) e.locales.add(l);
                }
            }
            todo.add(e);
        }
        while (!todo.isEmpty()) checkReferences(s, plan, todo.poll(), includeReferences, todo, prefixOf(plan, targets, prefixes));
        return plan;
    }

    private static java.util.function.Function<String, String> prefixOf(PublicationPlan plan, List<PublishTarget> targets, List<String> prefixes) {
        return id -> {
            for (int i = 0; i < targets.size(); i++) if (targets.get(i).id().equalsIgnoreCase(id)) return prefixes.get(i);
            return "references." + id + ".";
        };
    }

    private void checkReferences(Session s, PublicationPlan plan, PublicationPlan.Entry e, boolean together,
                                 Deque<PublicationPlan.Entry> todo, java.util.function.Function<String, String> prefix)
            throws RepositoryException {
        for (String l : List.copyOf(e.locales)) {
            for (References.Ref r : References.visibleIn(e.type.properties(), e.values, l)) {
                if (visibleIn(s, plan, r, l)) continue;
                ContentTypeDefinition targetType = types.require(r.targetType());
                Node target = nodes.findOrNull(s, targetType, r.id());
                String where = prefix.apply(e.id) + r.path();
                if (target == null && e.node != null && eu.innco.content.MagnoliaPlace.isMagnolia(e.node)) {
                    continue; // as Magnolia keeps it: an id of what is not here yet (a DAM asset, a category), answered as stored
                } else if (target == null) {
                    plan.problems.add(FieldError.keyed(where, "referenceMissing", "refers to a " + r.targetType() + " item that does not exist (id " + r.id() + ")",
                            r.targetType(), r.id()));
                } else if (!together) {
                    plan.problems.add(unpublished(where, r, target, l, "; publish it first, or ask to publish references together"));
                } else {
                    pullIn(s, plan, targetType, target, l, where, todo, r);
                }
            }
        }
    }

    /** Readers of a locale see a referenced item when it is published in a locale of that locale's fallback chain. */
    private boolean visibleIn(Session s, PublicationPlan plan, References.Ref r, String locale) throws RepositoryException {
        for (String l : locales.chain(locale)) {
            if (plan.publishes(r.id(), l) || publishedIn(s, r.targetType(), r.id(), l)) return true;
        }
        return false;
    }

    private FieldError unpublished(String where, References.Ref r, Node target, String l, String advice) throws RepositoryException {
        return FieldError.keyed(where, "referenceUnpublished", "refers to " + r.targetType() + " '" + target.getName() + "' (id " + r.id()
                + "), which is not published in " + l + " nor in its fallback locales " + locales.chain(l) + advice,
                r.targetType(), target.getName(), l);
    }

    /**
     * Publishes a referenced item with its referrer, in the first locale of the chain it is complete
     * in. A scheduled release ({@code plan.pinned}) pulls in only what it pulled in when scheduled,
     * as it was then; any other unpublished reference is refused as if references were not included.
     */
    private void pullIn(Session s, PublicationPlan plan, ContentTypeDefinition type, Node target, String wanted, String where,
                        Deque<PublicationPlan.Entry> todo, References.Ref r) throws RepositoryException {
        PublicationPlan.Entry known = plan.entries.get(target.getIdentifier());
        // an item of the release itself is published from its own (saved) values, whoever refers to it
        boolean own = known != null && known.requested;
        ScheduledReferences.Pinned pinned = plan.pinned == null || own ? null : plan.pinned.get(target.getIdentifier());
        if (plan.pinned != null && !own && pinned == null) {
            plan.problems.add(unpublished(where, r, target, wanted, "; it was not pulled in when the release was scheduled, so publish it first"));
            return;
        }
        ItemValues values = known != null ? known.values
                : pinned == null ? nodes.values().read(target, type.properties()) : ScheduledReferences.values(s, nodes, type, pinned);
        if (values == null) {
            plan.problems.add(FieldError.keyed(where, "snapshotMissing", "the content saved when it was scheduled no longer exists"));
            return;
        }
        String locale = null;
        for (String l : locales.chain(wanted)) {
            if (Completeness.missing(type.properties(), values, l).isEmpty()) {
                locale = l;
                break;
            }
        }
        if (locale == null) {
            List<String> absent = Completeness.missing(type.properties(), values, wanted);
            plan.problems.add(FieldError.keyed(where, "referenceIncomplete", "refers to " + type.name() + " '" + target.getName()
                    + "', which cannot be published in " + wanted + " nor in its fallback locales: "
                    + String.join(", ", absent) + " missing", type.name(), target.getName(), wanted, absent));
            return;
        }
        if (pinned != null && !pinned.locales().contains(locale)) {
            plan.problems.add(unpublished(where, r, target, wanted, "; it was not pulled in in " + locale + " when the release was scheduled, so publish it first"));
            return;
        }
        PublicationPlan.Entry t = plan.entries.computeIfAbsent(target.getIdentifier(),
                k -> new PublicationPlan.Entry(type, target, k, values, false));
        if (t.locales.add(locale)) todo.add(t);
    }

    static boolean publishedIn(Session s, String typeName, String id, String locale, ContentTypeRegistry types) throws RepositoryException {
        Optional<ContentTypeDefinition> type = types.get(typeName);
        if (type.isEmpty()) return false;
        Optional<Node> live = LiveTree.find(s, type.get(), id);
        if (live.isEmpty()) return false;
        for (Value v : live.get().getProperty(LiveTree.LOCALES).getValues()) if (v.getString().equals(locale)) return true;
        return false;
    }

    private boolean publishedIn(Session s, String typeName, String id, String locale) throws RepositoryException {
        return publishedIn(s, typeName, id, locale, types);
    }
}
