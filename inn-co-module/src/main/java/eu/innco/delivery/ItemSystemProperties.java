package eu.innco.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.SystemProperties;
import eu.innco.contenttype.field.Dates;
import eu.innco.yaml.YamlNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Magnolia's system properties of a content app's item, as far as INN-CO holds them. The three
 * dates are answered whenever system properties are (as before); {@code mgnl:activationStatus}
 * ({@code "true"}: delivery serves published items only) and {@code jcr:created} (the creation date,
 * which Magnolia's {@code mix:created} gives) only when {@code systemProperties} names them, so that
 * the answers of endpoints that name none stay as they were. Who created, changed or published an
 * item ({@code mgnl:createdBy}...) is never answered: the delivery API is public and those are
 * account names (docs/decisions.md).
 */
final class ItemSystemProperties {
    static final String JCR_CREATED = "jcr:created";
    static final Set<String> USERS = Set.of(SystemProperties.CREATED_BY, SystemProperties.LAST_MODIFIED_BY, SystemProperties.LAST_ACTIVATED_BY,
            "jcr:createdBy", "jcr:lastModifiedBy");

    private ItemSystemProperties() {}

    static void write(ObjectNode o, EndpointDefinition ep, RenderInput item) {
        if (ep.showsSystem(SystemProperties.CREATED)) date(o, SystemProperties.CREATED, item.created());
        if (ep.showsSystem(SystemProperties.LAST_MODIFIED)) date(o, SystemProperties.LAST_MODIFIED, item.lastModified());
        if (ep.showsSystem(SystemProperties.LAST_ACTIVATED)) date(o, SystemProperties.LAST_ACTIVATED, item.lastActivated());
        if (named(ep, SystemProperties.ACTIVATION_STATUS)) o.put(SystemProperties.ACTIVATION_STATUS, "true"); // Magnolia writes it as a string
        if (named(ep, JCR_CREATED)) date(o, JCR_CREATED, item.created());
    }

    private static boolean named(EndpointDefinition ep, String property) {
        return ep.includeSystemProperties() && ep.options().systemProperties().contains(property);
    }

    private static void date(ObjectNode o, String name, Instant at) {
        if (at != null) o.put(name, Dates.format(at));
    }

    /** A user name among an item endpoint's {@code systemProperties}: a warning at its line, since it is never answered. */
    static void warnUsers(YamlNode root, List<String> warnings) {
        root.get("systemProperties").filter(YamlNode::isSequence).ifPresent(list -> list.items().stream()
                .filter(i -> i.isScalar() && USERS.contains(i.text()))
                .forEach(i -> warnings.add(i.location() + ": systemProperties '" + i.text() + "' is not answered: the delivery API is public, "
                        + "and who edits or publishes is an account name, not published content")));
    }
}
