package eu.innco.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.field.Violation;
import eu.innco.contenttype.field.Violations;
import eu.innco.site.SiteLocales;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import eu.innco.validation.ContentValidator;
import eu.innco.validation.ItemCandidate;
import eu.innco.validation.ReferenceLookup;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Working copies: create, read, list, replace, patch and delete items of any content type. Every
 * write is checked against the access policy and the content type's rules before anything is
 * saved; a refused or invalid write leaves the repository as it was.
 */
public final class ContentService {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final SiteLocales locales;
    private final ContentValidator validator;
    private final AccessPolicy policy;
    private final Clock clock;
    private final ItemNodes nodes;
    private final ValuesJson valuesJson;
    private final ItemWriteJson writes;
    private final ItemLister lister;
    private final List<ContentListener> listeners = new CopyOnWriteArrayList<>();
    private final List<ContentWriteHook> hooks = new CopyOnWriteArrayList<>();

    public ContentService(ContentRepository repository, ContentTypeRegistry types, SiteLocales locales,
                          ContentValidator validator, AccessPolicy policy, Clock clock) {
        this.repository = repository;
        this.types = types;
        this.locales = locales;
        this.validator = validator;
        this.policy = policy;
        this.clock = clock;
        this.nodes = new ItemNodes(locales);
        this.valuesJson = new ValuesJson(locales);
        this.writes = new ItemWriteJson(valuesJson);
        this.lister = new ItemLister(nodes);
    }

    public void addListener(ContentListener l) { listeners.add(l); }

    /** Work to do inside the commit of every change (audit, unpublish on delete). */
    public void addHook(ContentWriteHook h) { hooks.add(h); }

    public ContentTypeRegistry types() { return types; }

    public SiteLocales locales() { return locales; }

    public ItemNodes nodes() { return nodes; }

    public ValuesJson valuesJson() { return valuesJson; }

    /** Reads the authoring API's JSON into typed write requests. */
    public ItemWriteJson writes() { return writes; }

    /** A create from the authoring API's JSON, read before the transaction. */
    public ContentItem create(Actor actor, String typeName, JsonNode body) {
        return create(actor, typeName, body, NodeStep.NONE);
    }

    public ContentItem create(Actor actor, String typeName, JsonNode body, NodeStep step) {
        return create(actor, typeName, writes.read(types.require(typeName), body), step);
    }

    public ContentItem create(Actor actor, String typeName, ItemWrite request) {
        return create(actor, typeName, request, NodeStep.NONE);
    }

    /** Creates an item and runs {@code step} on its node in the same commit: both are saved or neither. */
    public ContentItem create(Actor actor, String typeName, ItemWrite req, NodeStep step) {
        ContentTypeDefinition type = types.require(typeName);
        policy.check(actor, Action.CREATE, Ownership.NEW);
        Instant now = clock.instant();
        ItemValues values = req.values();
        ContentItem created = repository.write(s -> {
            Violations v = new Violations();
            checkSourceLocale(req, v);
            StateRequest asked = req.states().resolve(null, locales, v);
            checkStatesHaveValues(type, values, asked, v);
            requireValid(s, type, values, req.unreadableAnd(v.list()), req.messages());
            Node folder = s.getNode(type.rootPath());
            String name = req.name().orElseGet(() -> NameChooser.fromValues(type, values, locales));
            if (req.name().isPresent() && folder.hasNode(name)) {
                throw InncoException.conflict(ErrorCode.ITEM_002, "A " + type.name() + " named '" + name + "' exists already; choose another name.")
                        .withArgs(type.name(), name);
            }
            name = NameChooser.unique(folder, name);
            Node n = folder.addNode(name, type.nodeType());
            SystemProperties.created(n, actor.username(), now);
            n.setProperty(SystemProperties.REVISION, 1L);
            n.setProperty(ItemNodes.OWNER_PARTNER, actor.partner());
            String source = req.sourceLocale().orElseGet(() -> firstLocaleWithValues(type, values));
            n.setProperty(ItemNodes.SOURCE_LOCALE, source);
            nodes.values().write(n, type.properties(), values, actor.username(), now);
            nodes.translations().afterWrite(n, type, new ItemValues(), values, source, asked);
            step.apply(n);
            ContentItem item = nodes.toItem(n, type);
            runHooks(s, n, event(ContentEvent.Kind.CREATED, actor, now, item));
            return item;
        });
        fire(ContentEvent.Kind.CREATED, actor, now, created);
        return created;
    }

    public ContentItem get(Actor actor, String typeName, String id) {
        ContentTypeDefinition type = types.require(typeName);
        return repository.read(s -> {
            Node n = nodes.find(s, type, id);
            policy.check(actor, Action.READ_DRAFT, ownership(n));
            return nodes.toItem(n, type);
        });
    }

    public ItemPage list(Actor actor, String typeName, ListQuery query) {
        ContentTypeDefinition type = types.require(typeName);
        policy.check(actor, Action.READ_DRAFT, Ownership.NEW);
        query.locale().filter(l -> !locales.contains(l)).ifPresent(l -> {
            throw InncoException.invalid(ErrorCode.QUERY_001, "Invalid list parameters", List.of(new eu.innco.FieldError("locale",
                    "is not a site locale; use one of " + locales.locales())));
        });
        return repository.read(s -> lister.list(s, type, query));
    }

    /** Replaces name, source locale and every property with the body's; translation states that differ are set. */
    public ContentItem replace(Actor actor, String typeName, String id, JsonNode body, Precondition precondition) {
        return replace(actor, typeName, id, body, precondition, null);
    }

    public ContentItem replace(Actor actor, String typeName, String id, ItemWrite request, Precondition precondition) {
        return replace(actor, typeName, id, request, precondition, NodeStep.NONE);
    }

    /**
     * A replacement in which the states named in {@code statesNamed} count even when unchanged ({@code pl}
     * for a locale's, {@code pl/body} for a value's): marking a locale translated again takes a new
     * source snapshot (the editor's translation view).
     */
    public ContentItem replace(Actor actor, String typeName, String id, JsonNode body, Precondition precondition,
                               Set<String> statesNamed) {
        return replace(actor, typeName, id, writes.read(types.require(typeName), body, statesNamed), precondition, NodeStep.NONE);
    }

    /** Replaces name, source locale and every property with the request's, and runs {@code step} in the same commit. */
    public ContentItem replace(Actor actor, String typeName, String id, ItemWrite req, Precondition precondition, NodeStep step) {
        ContentTypeDefinition type = types.require(typeName);
        Instant now = clock.instant();
        ItemValues values = req.values();
        ContentItem saved = repository.write(s -> {
            Node n = nodes.find(s, type, id);
            ContentItem current = nodes.toItem(n, type);
            precondition.check(current);
            Ownership owner = ownership(n);
            // who may not write at all is refused before the body is even read
            if (!policy.allows(actor, Action.UPDATE, owner) && !policy.allows(actor, Action.TRANSLATE, owner)) {
                policy.check(actor, Action.UPDATE, owner);
            }
            Violations v = new Violations();
            checkSourceLocale(req, v);
            StateRequest asked = req.states().resolve(current, locales, v);
            checkStatesHaveValues(type, values, asked, v);
            requireValid(s, type, values, req.unreadableAnd(v.list()), req.messages());
            WriteScope.check(policy, actor, owner, type, current.values(), values);
            WriteScope.checkIdentity(policy, actor, owner, req.name().filter(x -> !x.equals(current.name())).isPresent(),
                    req.sourceLocale().filter(x -> !x.equals(current.sourceLocale())).isPresent());
            for (String l : asked.locales().keySet()) WriteScope.checkLocale(policy, actor, owner, l, "locales." + l + ".translation");
            asked.fields().forEach((l, m) -> WriteScope.checkLocale(policy, actor, owner, l, "locales." + l + ".fields"));
            if (req.name().isPresent() && !req.name().get().equals(n.getName())) {
                if (n.getParent().hasNode(req.name().get())) {
                    throw InncoException.conflict(ErrorCode.ITEM_002, "A " + type.name() + " named '" + req.name().get() + "' exists already.")
                            .withArgs(type.name(), req.name().get());
                }
                s.move(n.getPath(), n.getParent().getPath() + "/" + req.name().get());
            }
            req.sourceLocale().ifPresent(l -> setString(n, ItemNodes.SOURCE_LOCALE, l));
            nodes.values().write(n, type.properties(), values, actor.username(), now);
            nodes.translations().afterWrite(n, type, current.values(), values, ItemNodes.stringOr(n, ItemNodes.SOURCE_LOCALE,
                    locales.defaultLocale()), asked);
            SystemProperties.modified(n, actor.username(), now);
            step.apply(n);
            ContentItem item = nodes.toItem(n, type);
            runHooks(s, n, event(ContentEvent.Kind.UPDATED, actor, now, item));
            return item;
        });
        fire(ContentEvent.Kind.UPDATED, actor, now, saved);
        return saved;
    }

    /** Applies a JSON Merge Patch (RFC 7396) to the item's authoring JSON, then replaces. */
    public ContentItem patch(Actor actor, String typeName, String id, JsonNode mergePatch, Precondition precondition) {
        return patch(actor, typeName, id, mergePatch, precondition, NodeStep.NONE);
    }

    /** A merge patch with {@code step} run on the node in the same commit: both are saved or neither. */
    public ContentItem patch(Actor actor, String typeName, String id, JsonNode mergePatch, Precondition precondition, NodeStep step) {
        ContentTypeDefinition type = types.require(typeName);
        if (mergePatch == null || !mergePatch.isObject()) {
            throw InncoException.badRequest(ErrorCode.REQUEST_004, "A merge patch must be a JSON object (RFC 7396).");
        }
        ContentItem current = repository.read(s -> nodes.toItem(nodes.find(s, type, id), type));
        precondition.check(current);
        ObjectNode doc = new ItemJson(valuesJson).write(current, type);
        JsonNode patched = MergePatch.apply(doc, mergePatch);
        // the precondition is checked again inside the write, against what is stored then
        ItemWrite req = writes.read(type, patched, TranslationRequest.named(mergePatch));
        return replace(actor, typeName, id, req, Precondition.etag(current.etag()), step);
    }

    /** Changes several items in one commit, all or nothing; listeners hear of each saved item afterwards. */
    public <T> T writeMany(Actor actor, ItemBatch.Work<T> work) {
        Instant now = clock.instant();
        List<ContentItem> saved = new java.util.ArrayList<>();
        T result = repository.write(s -> {
            saved.clear();
            return work.run(new ItemBatch(this, s, actor, now, saved));
        });
        for (ContentItem item : saved) fire(ContentEvent.Kind.UPDATED, actor, now, item);
        return result;
    }

    public void delete(Actor actor, String typeName, String id, Precondition precondition) {
        delete(actor, typeName, id, precondition, false);
    }

    /** Deletes an item; the hooks unpublish it first, refusing when published items refer to it unless forced. */
    public void delete(Actor actor, String typeName, String id, Precondition precondition, boolean force) {
        ContentTypeDefinition type = types.require(typeName);
        Instant now = clock.instant();
        ContentItem gone = repository.write(s -> {
            Node n = nodes.find(s, type, id);
            ContentItem current = nodes.toItem(n, type);
            precondition.check(current);
            policy.check(actor, Action.DELETE, ownership(n));
            for (ContentWriteHook h : hooks) h.deleting(s, n, actor, force);
            runHooks(s, n, event(ContentEvent.Kind.DELETED, actor, now, current));
            n.remove();
            return current;
        });
        fire(ContentEvent.Kind.DELETED, actor, now, gone);
    }

    public static Ownership ownership(Node n) throws RepositoryException {
        return new Ownership(n.getIdentifier(), ItemNodes.stringOr(n, SystemProperties.CREATED_BY, ""),
                ItemNodes.stringOr(n, ItemNodes.OWNER_PARTNER, ""));
    }

    /** Validates through Hibernate Validator with every reading error, messages in {@code messages}; throws with all of them. */
    void requireValid(Session s, ContentTypeDefinition type, ItemValues values, List<Violation> unreadable, Locale messages) {
        ReferenceLookup refs = (target, refId) -> exists(s, target, refId);
        validator.require(new ItemCandidate(type, values, unreadable, refs), messages, "The " + type.name());
    }

    AccessPolicy policy() { return policy; }

    ContentValidator validator() { return validator; }

    void written(Session s, Node n, ContentEvent.Kind kind, Actor actor, Instant at, ContentItem item) throws RepositoryException {
        runHooks(s, n, event(kind, actor, at, item));
    }

    boolean exists(Session s, String target, String id) {
        try {
            return nodes.findOrNull(s, types.require(target), id) != null;
        } catch (RepositoryException e) {
            return false;
        }
    }

    private static void checkStatesHaveValues(ContentTypeDefinition type, ItemValues values, StateRequest asked, Violations v) {
        asked.locales().keySet().forEach(l -> {
            if (!ItemNodes.hasValueIn(type.properties(), values, l)) v.add("locales." + l + ".translation", "innco.translation.noValues");
        });
        TranslationRequest.checkFields(asked, type.properties(), values, v);
    }

    private void checkSourceLocale(ItemWrite req, Violations v) {
        req.sourceLocale().ifPresent(l -> {
            if (!locales.contains(l)) v.add("sourceLocale", "innco.field.locale", "locales", String.join(", ", locales.locales()));
        });
    }

    private String firstLocaleWithValues(ContentTypeDefinition type, ItemValues values) {
        for (String l : locales.locales()) if (ItemNodes.hasValueIn(type.properties(), values, l)) return l;
        return locales.defaultLocale();
    }

    private static void setString(Node n, String name, String value) {
        try {
            n.setProperty(name, value);
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private void runHooks(Session s, Node n, ContentEvent e) throws RepositoryException {
        for (ContentWriteHook h : hooks) h.written(s, n, e);
    }

    private static ContentEvent event(ContentEvent.Kind kind, Actor actor, Instant at, ContentItem item) {
        List<String> touched = item.locales().entrySet().stream()
                .filter(e -> !"missing".equals(e.getValue().translation())).map(java.util.Map.Entry::getKey).toList();
        return new ContentEvent(kind, actor.username(), at, item.type(), item.id(), item.path(), touched);
    }

    private void fire(ContentEvent.Kind kind, Actor actor, Instant at, ContentItem item) {
        ContentEvent e = event(kind, actor, at, item);
        for (ContentListener l : listeners) {
            try {
                l.changed(e);
            } catch (RuntimeException ex) {
                org.slf4j.LoggerFactory.getLogger(ContentService.class).warn("content listener failed: {}", ex.toString());
            }
        }
    }
}
