package eu.innco.content;

import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.FieldType;
import eu.innco.site.SiteLocales;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/**
 * Stores item values in JCR the way Magnolia does: a localised property as {@code title} (default
 * locale) and {@code title_fr}; a multiple property as a multi-valued property; a sub-model as a
 * child node, and a multiple sub-model as a child with children {@code 0}, {@code 1}, ...
 */
public final class ValuesJcr {
    private final SiteLocales locales;

    public ValuesJcr(SiteLocales locales) {
        this.locales = locales;
    }

    /** Replaces the stored values of every defined property with {@code values}; other properties stay. */
    public void write(Node node, List<PropertyDefinition> props, ItemValues values, String user, Instant now)
            throws RepositoryException {
        ValueFactory vf = node.getSession().getValueFactory();
        for (PropertyDefinition p : props) {
            clear(node, p);
            Object value = values.get(p.name()).orElse(null);
            if (value == null) continue;
            if (p.isSubModel()) {
                writeSubModel(node, p, value, user, now);
            } else if (p.i18n()) {
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    setScalar(node, locales.propertyName(p.name(), (String) e.getKey()), p, e.getValue(), vf);
                }
            } else {
                setScalar(node, p.name(), p, value, vf);
            }
        }
    }

    private void clear(Node node, PropertyDefinition p) throws RepositoryException {
        if (p.isSubModel()) {
            if (node.hasNode(p.name())) node.getNode(p.name()).remove();
            return;
        }
        if (node.hasProperty(p.name())) node.getProperty(p.name()).remove();
        for (String l : locales.nonDefaultLocales()) {
            String n = locales.propertyName(p.name(), l);
            if (node.hasProperty(n)) node.getProperty(n).remove();
        }
    }

    private void setScalar(Node node, String jcrName, PropertyDefinition p, Object value, ValueFactory vf)
            throws RepositoryException {
        FieldType type = p.fieldType();
        if (p.multiple()) {
            List<?> list = (List<?>) value;
            Value[] vs = new Value[list.size()];
            for (int i = 0; i < vs.length; i++) vs[i] = type.toJcr(list.get(i), vf);
            node.setProperty(jcrName, vs);
        } else {
            node.setProperty(jcrName, type.toJcr(value, vf));
        }
    }

    private void writeSubModel(Node node, PropertyDefinition p, Object value, String user, Instant now)
            throws RepositoryException {
        Node child = node.addNode(p.name(), "mgnl:contentNode");
        SystemProperties.created(child, user, now);
        if (!p.multiple()) {
            write(child, p.subModel().properties(), (ItemValues) value, user, now);
            return;
        }
        int i = 0;
        for (Object one : (List<?>) value) {
            Node entry = child.addNode(Integer.toString(i++), "mgnl:contentNode");
            SystemProperties.created(entry, user, now);
            write(entry, p.subModel().properties(), (ItemValues) one, user, now);
        }
    }

    /** Reads the values of every defined property that is stored on the node. */
    public ItemValues read(Node node, List<PropertyDefinition> props) throws RepositoryException {
        ItemValues out = new ItemValues();
        for (PropertyDefinition p : props) {
            Object value = p.isSubModel() ? readSubModel(node, p) : readScalar(node, p);
            if (value != null) out.put(p.name(), value);
        }
        return out;
    }

    private Object readScalar(Node node, PropertyDefinition p) throws RepositoryException {
        if (!p.i18n()) return node.hasProperty(p.name()) ? readProperty(node.getProperty(p.name()), p) : null;
        Map<String, Object> byLocale = new LinkedHashMap<>();
        for (String l : locales.locales()) {
            String n = locales.propertyName(p.name(), l);
            if (node.hasProperty(n)) byLocale.put(l, readProperty(node.getProperty(n), p));
        }
        return byLocale.isEmpty() ? null : byLocale;
    }

    private static Object readProperty(Property prop, PropertyDefinition p) throws RepositoryException {
        FieldType type = p.fieldType();
        if (prop.isMultiple()) {
            List<Object> list = new ArrayList<>();
            for (Value v : prop.getValues()) list.add(type.fromJcr(v));
            return p.multiple() ? List.copyOf(list) : (list.isEmpty() ? null : list.get(0));
        }
        Object one = type.fromJcr(prop.getValue());
        return p.multiple() ? List.of(one) : one;
    }

    private Object readSubModel(Node node, PropertyDefinition p) throws RepositoryException {
        if (!node.hasNode(p.name())) return null;
        Node child = node.getNode(p.name());
        if (!p.multiple()) return read(child, p.subModel().properties());
        List<Object> list = new ArrayList<>();
        for (NodeIterator it = child.getNodes(); it.hasNext(); ) {
            list.add(read(it.nextNode(), p.subModel().properties()));
        }
        return list.isEmpty() ? null : List.copyOf(list);
    }
}
