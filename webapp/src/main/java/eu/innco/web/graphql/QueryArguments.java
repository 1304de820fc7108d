package eu.innco.web.graphql;

import eu.innco.delivery.EndpointDefinition;
import eu.innco.delivery.Filterable;
import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of the query fields and their translation into the delivery API's own query
 * parameters ({@code filter: [{property: country, op: IN, value: "FR|BE"}]} is
 * {@code country[in]=FR|BE}), so that the delivery parser judges both doors' questions alike.
 */
final class QueryArguments {
    static final GraphQLEnumType OPERATOR = GraphQLEnumType.newEnum().name("FilterOperator")
            .description("The delivery API's filter operators.")
            .value("EQ", "eq").value("NE", "ne").value("LT", "lt").value("LTE", "lte").value("GT", "gt").value("GTE", "gte")
            .value("LIKE", "like").value("IN", "in").value("NOT_IN", "not-in").build();
    static final GraphQLEnumType DIRECTION = GraphQLEnumType.newEnum().name("SortDirection")
            .value("ASC", "asc").value("DESC", "desc").build();
    static final GraphQLEnumType OTHER_LANGUAGES = GraphQLEnumType.newEnum().name("OtherLanguages")
            .description("Items in none of the languages of the reader's chain: left out (the default), included, or ranked after.")
            .value("EXCLUDE", "exclude").value("INCLUDE", "include").value("RANKED", "ranked").build();

    private QueryArguments() {}

    /** The arguments of an endpoint's list field; {@code prefix} names its input types. */
    static List<GraphQLArgument> list(EndpointDefinition ep, String prefix) {
        GraphQLEnumType.Builder props = GraphQLEnumType.newEnum().name(prefix + "Property")
                .description("What " + ep.name() + " can be filtered and sorted on.");
        for (String name : Filterable.of(ep.type()).keySet()) props.value(GraphqlNames.field(name), name);
        GraphQLEnumType property = props.build();
        GraphQLInputObjectType filter = GraphQLInputObjectType.newInputObject().name(prefix + "Filter")
                .description("One filter, as property[op]=value of the delivery API ('in' and 'not-in' take values separated by '|').")
                .field(input("property", GraphQLNonNull.nonNull(property)))
                .field(GraphQLInputObjectField.newInputObjectField().name("op").type(OPERATOR).defaultValueLiteral(new graphql.language.EnumValue("EQ")))
                .field(input("value", GraphQLNonNull.nonNull(Scalars.GraphQLString))).build();
        GraphQLInputObjectType order = GraphQLInputObjectType.newInputObject().name(prefix + "Order")
                .field(input("property", GraphQLNonNull.nonNull(property)))
                .field(GraphQLInputObjectField.newInputObjectField().name("direction").type(DIRECTION).defaultValueLiteral(new graphql.language.EnumValue("ASC"))).build();
        List<GraphQLArgument> out = new ArrayList<>(language());
        out.add(arg("q", Scalars.GraphQLString, "Full-text search in the reader's language."));
        out.add(arg("filter", GraphQLList.list(GraphQLNonNull.nonNull(filter)), "Every filter must match."));
        out.add(arg("orderBy", GraphQLList.list(GraphQLNonNull.nonNull(order)), "Default: relevance with q, else name."));
        out.add(GraphQLArgument.newArgument().name("limit").type(Scalars.GraphQLInt).defaultValueProgrammatic(ep.defaultLimit())
                .description("Page size, 1 to " + EndpointDefinition.MAX_LIMIT + ".").build());
        out.add(GraphQLArgument.newArgument().name("offset").type(Scalars.GraphQLInt).defaultValueProgrammatic(0).build());
        out.add(arg("ancestor", Scalars.GraphQLString, "Only the nodes below this path of the workspace (@ancestor)."));
        return out;
    }

    /** The arguments of an endpoint's single-item field: one of id and path, and the language. */
    static List<GraphQLArgument> single() {
        List<GraphQLArgument> out = new ArrayList<>(language());
        out.add(arg("id", Scalars.GraphQLID, "The node's @id (an item's or a child node's)."));
        out.add(arg("path", Scalars.GraphQLString, "The node's path below the workspace, as /.rest/delivery/<endpoint>/<path>."));
        return out;
    }

    private static List<GraphQLArgument> language() {
        return List.of(arg("lang", Scalars.GraphQLString, "A site locale; default: Accept-Language, then the site's default."),
                arg("otherLanguages", OTHER_LANGUAGES, null));
    }

    /** The delivery query parameters of a list field's arguments. */
    static Map<String, List<String>> params(Map<String, Object> args) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        one(p, "otherLanguages", args.get("otherLanguages"));
        one(p, "q", args.get("q"));
        one(p, "limit", args.get("limit"));
        one(p, "offset", args.get("offset"));
        one(p, "@ancestor", args.get("ancestor"));
        for (Map<String, Object> f : listOf(args, "filter")) {
            String op = (String) f.get("op");
            String key = f.get("property") + ("eq".equals(op) ? "" : "[" + op + "]");
            p.computeIfAbsent(key, k -> new ArrayList<>()).add((String) f.get("value"));
        }
        List<String> order = new ArrayList<>();
        for (Map<String, Object> o : listOf(args, "orderBy")) {
            order.add(o.get("property") + " " + o.get("direction"));
        }
        if (!order.isEmpty()) p.put("orderBy", List.of(String.join(",", order)));
        return p;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(Map<String, Object> args, String name) {
        Object v = args.get(name);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    private static void one(Map<String, List<String>> p, String key, Object value) {
        if (value != null) p.put(key, List.of(value.toString()));
    }

    private static GraphQLInputObjectField input(String name, GraphQLInputType type) {
        return GraphQLInputObjectField.newInputObjectField().name(name).type(type).build();
    }

    private static GraphQLArgument arg(String name, GraphQLInputType type, String description) {
        return GraphQLArgument.newArgument().name(name).type(type).description(description).build();
    }
}
