package eu.innco.publishing;

import eu.innco.FieldError;
import eu.innco.content.ItemValues;
import eu.innco.contenttype.ContentTypeDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.jcr.Node;

/** What one publication will publish (items and locales, referenced items included) and what stands in its way. */
final class PublicationPlan {
    /** One item of the plan; {@code requested} tells it apart from items pulled in as references. */
    static final class Entry {
        final ContentTypeDefinition type;
        final Node node;
        final String id;
        final ItemValues values;
        final Set<String> locales = new LinkedHashSet<>();
        final boolean requested;

        Entry(ContentTypeDefinition type, Node node, String id, ItemValues values, boolean requested) {
            this.type = type;
            this.node = node;
            this.id = id;
            this.values = values;
            this.requested = requested;
        }
    }

    final Map<String, Entry> entries = new LinkedHashMap<>();
    final List<FieldError> problems = new ArrayList<>();
    /** The referenced items a scheduled release may pull in, by id; null: any, from their working copies. */
    final Map<String, ScheduledReferences.Pinned> pinned;

    PublicationPlan(Map<String, ScheduledReferences.Pinned> pinned) {
        this.pinned = pinned;
    }

    boolean publishes(String id, String locale) {
        Entry e = entries.get(id);
        return e != null && e.locales.contains(locale);
    }
}
