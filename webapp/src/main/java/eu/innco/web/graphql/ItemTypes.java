package eu.innco.web.graphql;

import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.SubModelDefinition;
import eu.innco.contenttype.field.FieldKind;
import eu.innco.contenttype.field.ReferenceField;
import eu.innco.delivery.EndpointDefinition;
import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The GraphQL object types of delivered nodes, made once at start from the content types: one per
 * endpoint's items (its expanded references as objects, the others as ids), one per reference
 * target ({@code OrganisationRef}: what an expanded reference holds, whose own references stay ids)
 * and one per sub-model. Every field reads its key of the delivery JSON, so a GraphQL answer holds
 * exactly the values of the REST answer; a multiple sub-model (an object of numbered children in
 * the JSON) is a list here.
 */
final class ItemTypes {
    private final ContentTypeRegistry types;
    private final GraphQLCodeRegistry.Builder code;
    private final Map<String, GraphQLObjectType> made = new HashMap<>();

    ItemTypes(ContentTypeRegistry types, GraphQLCodeRegistry.Builder code) {
        this.types = types;
        this.code = code;
    }

    /** The type of an endpoint's items, named {@code name}. */
    GraphQLObjectType item(EndpointDefinition ep, String name) {
        return once(name, () -> {
            Fields f = new Fields(name, "A " + ep.type().name() + " as /.rest/delivery/" + ep.name() + " answers it.");
            system(f, true);
            properties(f, ep.type(), ep.type().properties(), p -> expanded(ep, name, p, 0));
            return f.build();
        });
    }

    /**
     * The type of a property of a node {@code level} references below the answered item: an
     * expanded reference while the endpoint's {@code referenceDepth} reaches below it, a plain
     * workspace's node as {@code JSON}; null for a value typed by its field.
     */
    private GraphQLOutputType expanded(EndpointDefinition ep, String itemName, PropertyDefinition p, int level) {
        if (level >= ep.options().referenceDepth()) return null;
        if (p.fieldType() instanceof ReferenceField r && ep.expands(p.name())) {
            return level + 1 < ep.options().referenceDepth() ? deeper(ep, itemName, r, level + 1) : target(r);
        }
        return ep.plainReference(p).isPresent() ? GraphqlScalars.JSON : null;
    }

    /** A target {@code level} references down whose own listed references expand further ({@code referenceDepth} above 1). */
    private GraphQLObjectType deeper(EndpointDefinition ep, String itemName, ReferenceField r, int level) {
        ContentTypeDefinition t = types.require(r.targetType());
        String name = itemName + GraphqlNames.pascal(t.name()) + "Level" + level;
        return once(name, () -> {
            Fields f = new Fields(name, "A " + t.name() + " " + level + " references below a " + itemName + " (referenceDepth "
                    + ep.options().referenceDepth() + "); a node already on the way down is null here, its id in the REST answer.");
            system(f, true);
            properties(f, t, t.properties(), p -> expanded(ep, itemName, p, level));
            asset(f, r);
            return f.build();
        });
    }

    private GraphQLObjectType target(ReferenceField r) {
        ContentTypeDefinition t = types.require(r.targetType());
        String name = GraphqlNames.pascal(t.name()) + "Ref";
        return once(name, () -> {
            Fields f = new Fields(name, "A " + t.name() + " expanded into the item that refers to it (its own references are ids).");
            system(f, true);
            properties(f, t, t.properties(), p -> null);
            asset(f, r);
            return f.build();
        });
    }

    private static void asset(Fields f, ReferenceField r) {
        if (r.kind() != FieldKind.ASSET) return;
        f.add("@link", Scalars.GraphQLString, "Where the file is served.");
        f.add("metadata", GraphqlScalars.JSON, "fileName, mimeType, fileSize, format.");
        f.add("renditions", GraphqlScalars.JSON, "The named renditions: mimeType and link of each.");
    }

    private GraphQLObjectType subModel(ContentTypeDefinition owner, SubModelDefinition sub) {
        String name = GraphqlNames.pascal(owner.name()) + GraphqlNames.pascal(sub.name());
        return once(name, () -> {
            Fields f = new Fields(name, "The sub-model " + sub.name() + " of " + owner.name() + " (embedded as deep as the endpoint's depth).");
            system(f, false);
            properties(f, owner, sub.properties(), p -> null);
            return f.build();
        });
    }

    private GraphQLObjectType once(String name, java.util.function.Supplier<GraphQLObjectType> make) {
        GraphQLObjectType t = made.get(name);
        if (t == null) {
            t = make.get();
            made.put(name, t);
        }
        return t;
    }

    private static void system(Fields f, boolean item) {
        f.add("@name", Scalars.GraphQLString, "The node's name.");
        f.add("@path", Scalars.GraphQLString, "The node's path inside the workspace.");
        f.add("@id", Scalars.GraphQLID, "The node's identifier.");
        f.add("@nodeType", Scalars.GraphQLString, "The node type.");
        if (!item) return;
        f.add("@locale", Scalars.GraphQLString, "The locale the values came from (the first of the reader's chain the item has).");
        f.add("@availableLocales", GraphQLList.list(Scalars.GraphQLString), "The locales the item is published in.");
        f.add("@fallback", GraphqlScalars.JSON, "Properties taken from a locale further along the chain, with that locale.");
        f.add("mgnl:created", Scalars.GraphQLString, "When it was created (when the endpoint includes system properties).");
        f.add("mgnl:lastModified", Scalars.GraphQLString, "When it was last changed.");
        f.add("mgnl:lastActivated", Scalars.GraphQLString, "When it was last published.");
        f.add("mgnl:activationStatus", Scalars.GraphQLString, "\"true\" when the endpoint's systemProperties names it (only published items are delivered).");
        f.add("jcr:created", Scalars.GraphQLString, "When it was created, when the endpoint's systemProperties names it.");
    }

    /** {@code special}: the type of a property that is not typed by its field (an expanded reference...), or null. */
    private void properties(Fields f, ContentTypeDefinition owner, List<PropertyDefinition> props,
                            Function<PropertyDefinition, GraphQLOutputType> special) {
        for (PropertyDefinition p : props) {
            if (p.isSubModel()) {
                GraphQLObjectType sub = subModel(owner, p.subModel());
                if (p.multiple()) f.add(p.name(), GraphQLList.list(sub), describe(p), children(p.name()));
                else f.add(p.name(), sub, describe(p));
                continue;
            }
            GraphQLOutputType own = special.apply(p);
            GraphQLOutputType t = own == null ? scalar(p.fieldType().kind()) : own;
            GraphQLOutputType typed = p.multiple() ? GraphQLList.list(t) : t;
            if (t instanceof GraphQLObjectType) f.add(p.name(), typed, describe(p), objects(p.name()));
            else f.add(p.name(), typed, describe(p));
        }
    }

    /** An expanded reference's value: a node, or where the renderer left an id (a cycle, a target not shown) null. */
    private static DataFetcher<Object> objects(String key) {
        return env -> {
            Object v = ((Map<?, ?>) env.getSource()).get(key);
            if (v instanceof List<?> l) return l.stream().map(x -> x instanceof Map<?, ?> ? x : null).toList();
            return v instanceof Map<?, ?> ? v : null;
        };
    }

    private static String describe(PropertyDefinition p) {
        return p.label().orElse(p.name()) + " (" + p.typeName() + (p.i18n() ? ", localised" : "") + (p.multiple() ? ", multiple" : "") + ")";
    }

    /** No default arm: a new field kind does not compile until its GraphQL type is chosen. */
    private static GraphQLOutputType scalar(FieldKind kind) {
        return switch (kind) {
            case TEXT, EMAIL, RICH_TEXT, DATE, REFERENCE, ASSET -> Scalars.GraphQLString;
            case BOOLEAN -> Scalars.GraphQLBoolean;
            case LONG -> GraphqlScalars.LONG;
            case DOUBLE -> Scalars.GraphQLFloat;
            case DECIMAL -> GraphqlScalars.DECIMAL;
            case GEO -> GraphqlScalars.JSON;
        };
    }

    /** A multiple sub-model's JSON: {@code {"@nodes": ["0", "1"], "0": {...}, "1": {...}}}; here the list of its children. */
    private static DataFetcher<Object> children(String key) {
        return env -> {
            if (!(((Map<?, ?>) env.getSource()).get(key) instanceof Map<?, ?> m) || !(m.get("@nodes") instanceof List<?> names)) return null;
            return names.stream().map(m::get).toList();
        };
    }

    /** One object type's fields and their fetchers; a second field of the same GraphQL name is left out. */
    private final class Fields {
        final GraphQLObjectType.Builder b;
        final String type;
        final Set<String> names = new HashSet<>();

        Fields(String type, String description) {
            this.type = type;
            this.b = GraphQLObjectType.newObject().name(type).description(description);
        }

        void add(String jsonKey, GraphQLOutputType t, String description) {
            add(jsonKey, t, description, env -> ((Map<?, ?>) env.getSource()).get(jsonKey));
        }

        void add(String jsonKey, GraphQLOutputType t, String description, DataFetcher<?> fetcher) {
            String name = GraphqlNames.field(jsonKey);
            if (!names.add(name)) return;
            b.field(GraphQLFieldDefinition.newFieldDefinition().name(name).type(t).description(description));
            code.dataFetcher(FieldCoordinates.coordinates(type, name), fetcher);
        }

        GraphQLObjectType build() { return b.build(); }
    }
}
