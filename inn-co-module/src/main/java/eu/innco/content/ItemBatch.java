package eu.innco.content;

import eu.innco.FieldError;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.security.Actor;
import eu.innco.validation.ItemCandidate;
import eu.innco.validation.ReferenceLookup;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Changes to several items inside one repository commit: what a translators' file import needs so
 * that nothing is half written. The work reads, checks and saves through this object; the commit
 * happens when the work returns, and nothing is saved when it throws.
 */
public final class ItemBatch {
    /** Work on several items; it may run again on fresh state after a concurrent change, so it must only use the batch. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ItemBatch batch) throws RepositoryException;
    }

    private final ContentService content;
    private final Session session;
    private final Actor actor;
    private final Instant now;
    private final List<ContentItem> saved;

    ItemBatch(ContentService content, Session session, Actor actor, Instant now, List<ContentItem> saved) {
        this.content = content;
        this.session = session;
        this.actor = actor;
        this.now = now;
        this.saved = saved;
    }

    public Actor actor() { return actor; }

    public eu.innco.contenttype.ContentTypeRegistry types() { return content.types(); }

    /** The working copy, when an item of that type has that id. */
    public Optional<ContentItem> find(String type, String id) throws RepositoryException {
        Optional<ContentTypeDefinition> t = content.types().get(type);
        if (t.isEmpty()) return Optional.empty();
        Node n = content.nodes().findOrNull(session, t.get(), id);
        return n == null ? Optional.empty() : Optional.of(content.nodes().toItem(n, t.get()));
    }

    /** What a translation of the locale was made from, when the item has a snapshot of it. */
    public Optional<TranslationStates.Snapshot> snapshot(ContentItem item, String locale) throws RepositoryException {
        ContentTypeDefinition t = content.types().require(item.type());
        return content.nodes().translations().snapshot(session.getNodeByIdentifier(item.id()), t, locale);
    }

    /** May the actor write the item's values in the locale? Asking refuses nothing and records nothing. */
    public boolean mayWrite(ContentItem item, String locale) throws RepositoryException {
        return WriteScope.mayWrite(content.policy(), actor, ContentService.ownership(session.getNodeByIdentifier(item.id())), locale);
    }

    /** The broken rules of these values for the type, in English; empty when they could be saved. */
    public List<FieldError> errors(String type, ItemValues values) {
        ContentTypeDefinition t = content.types().require(type);
        ReferenceLookup refs = (target, id) -> content.exists(session, target, id);
        return content.validator().errors(new ItemCandidate(t, values, List.of(), refs), Locale.ENGLISH);
    }

    /** Saves new values and translation states of an item, checked like any update; throws (and so saves nothing) when refused. */
    public ContentItem save(ContentItem current, ItemValues values, Map<String, String> states) throws RepositoryException {
        return save(current, values, StateRequest.ofLocales(states));
    }

    /** Saves new values and the asked states of locales and single values (an import sets each unit's own). */
    public ContentItem save(ContentItem current, ItemValues values, StateRequest states) throws RepositoryException {
        ContentTypeDefinition type = content.types().require(current.type());
        Node n = session.getNodeByIdentifier(current.id());
        content.requireValid(session, type, values, List.of(), Locale.ENGLISH);
        WriteScope.check(content.policy(), actor, ContentService.ownership(n), type, current.values(), values);
        for (String l : states.touched()) WriteScope.checkLocale(content.policy(), actor, ContentService.ownership(n), l, "translation");
        content.nodes().values().write(n, type.properties(), values, actor.username(), now);
        content.nodes().translations().afterWrite(n, type, current.values(), values, current.sourceLocale(), states);
        SystemProperties.modified(n, actor.username(), now);
        ContentItem item = content.nodes().toItem(n, type);
        content.written(session, n, ContentEvent.Kind.UPDATED, actor, now, item);
        saved.add(item);
        return item;
    }
}
