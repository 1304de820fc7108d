package eu.innco.web.portal;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * An item (or a part of one) as FreeMarker sees it, wrapped once when the item is read and shared by
 * every page that shows it. FreeMarker's default wrapper adapts a map again at each page and wraps each
 * value at each reading; on an uncached case-study page that was about a tenth of the time (issue 18).
 * The values are the very models the default wrapper makes (a {@code SimpleScalar} for a string, a
 * {@code SimpleNumber}, the boolean constants), so templates see the same thing and write the same
 * bytes; a template function still receives the item's own (unmodifiable) map. Immutable once built.
 */
final class PreparedHash implements TemplateHashModelEx2, AdapterTemplateModel, WrapperTemplateModel {
    /** The wrapper the templates use (Templates' configuration leaves the default one), for the leaves. */
    static final DefaultObjectWrapper WRAPPER = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    private final Map<String, Object> map;
    private final Map<String, TemplateModel> wrapped;
    /** What pages make from this item alone (its schema.org data), made once: it goes when the item does. */
    private volatile Map<String, Object> derived;

    private PreparedHash(Map<String, Object> map) {
        this.map = map;
        this.wrapped = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            TemplateModel m = of(v);
            if (m != null) wrapped.put(k, m);
        });
    }

    /** A frozen map (see {@link Items#freeze}) as a template model, its maps and lists wrapped too. */
    static PreparedHash of(Map<String, Object> frozen) {
        return new PreparedHash(frozen);
    }

    /** The model of one value: maps and lists prepared, anything else as the default wrapper makes it (null for null). */
    @SuppressWarnings("unchecked")
    static TemplateModel of(Object value) {
        try {
            if (value instanceof Map<?, ?> m) return new PreparedHash((Map<String, Object>) m);
            if (value instanceof List<?> l) return new PreparedSequence(l);
            return WRAPPER.wrap(value);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("a value of an item cannot be wrapped", e);
        }
    }

    /**
     * The value of {@code key} made from this item (and nothing published besides it), made by
     * {@code make} the first time. The key names everything else the value depends on.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(String key, Supplier<T> make) {
        Map<String, Object> d = derived;
        if (d == null) {
            synchronized (this) {
                if (derived == null) derived = new ConcurrentHashMap<>(4);
                d = derived;
            }
        }
        Object v = d.get(key);
        if (v == null) {
            v = make.get();
            if (d.size() < 16) d.putIfAbsent(key, v); // keys are few (a page's address, its language); bounded all the same
        }
        return (T) v;
    }

    /** The item's own map, unmodifiable. */
    Map<String, Object> map() {
        return map;
    }

    @Override
    public TemplateModel get(String key) {
        return wrapped.get(key);
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public freemarker.template.TemplateCollectionModel keys() {
        return new SimpleCollection(map.keySet(), WRAPPER);
    }

    @Override
    public freemarker.template.TemplateCollectionModel values() {
        List<TemplateModel> out = new ArrayList<>(map.size());
        for (String k : map.keySet()) out.add(wrapped.get(k));
        return new SimpleCollection(out, WRAPPER);
    }

    @Override
    public KeyValuePairIterator keyValuePairIterator() {
        Iterator<String> keys = map.keySet().iterator();
        return new KeyValuePairIterator() {
            @Override
            public boolean hasNext() {
                return keys.hasNext();
            }

            @Override
            public KeyValuePair next() throws TemplateModelException {
                String k = keys.next();
                TemplateModel key = WRAPPER.wrap(k);
                TemplateModel value = wrapped.get(k);
                return new KeyValuePair() {
                    @Override
                    public TemplateModel getKey() {
                        return key;
                    }

                    @Override
                    public TemplateModel getValue() {
                        return value;
                    }
                };
            }
        };
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return map;
    }

    @Override
    public Object getWrappedObject() {
        return map;
    }
}
