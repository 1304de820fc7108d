package eu.innco.web.graphql;

import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.EndpointDefinition;
import eu.innco.delivery.EndpointRegistry;
import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.HashSet;
import java.util.Set;

/**
 * The GraphQL schema, made once at start from the light modules' delivery endpoints and content
 * types: per endpoint a list field ({@code caseStudies}: filters, order, paging, language, text
 * search) and a single-node field ({@code caseStudy(id:|path:)}). Endpoints over workspaces
 * without a content type ({@code website}...) have no types to describe and stay REST-only.
 */
final class DeliverySchema {
    private DeliverySchema() {}

    static GraphQLSchema build(EndpointRegistry endpoints, ContentTypeRegistry types) {
        GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry();
        ItemTypes items = new ItemTypes(types, code);
        GraphQLObjectType.Builder query = GraphQLObjectType.newObject().name("Query")
                .description("Published content as the delivery API serves it; with a preview token, the working copies.");
        Set<String> fields = new HashSet<>();
        for (EndpointDefinition ep : endpoints.all()) {
            boolean shared = endpoints.forType(ep.type().name()).size() > 1;
            String typeName = GraphqlNames.pascal(ep.type().name()) + (shared ? GraphqlNames.pascal(ep.name()) : "");
            GraphQLObjectType item = items.item(ep, typeName);
            GraphQLObjectType page = GraphQLObjectType.newObject().name(typeName + "Page")
                    .description("One page of /.rest/delivery/" + ep.name())
                    .field(f("offset", GraphQLNonNull.nonNull(Scalars.GraphQLInt)))
                    .field(f("limit", GraphQLNonNull.nonNull(Scalars.GraphQLInt)))
                    .field(f("total", GraphQLNonNull.nonNull(Scalars.GraphQLInt)))
                    .field(f("results", GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(item))))).build();
            String list = unique(fields, GraphqlNames.camel(GraphqlNames.pascal(ep.name())), "List");
            String single = unique(fields, GraphqlNames.camel(typeName), "Item");
            query.field(GraphQLFieldDefinition.newFieldDefinition().name(list).type(GraphQLNonNull.nonNull(page))
                    .description("Query /.rest/delivery/" + ep.name()).arguments(QueryArguments.list(ep, typeName)));
            query.field(GraphQLFieldDefinition.newFieldDefinition().name(single).type(item)
                    .description("One node of /.rest/delivery/" + ep.name() + " by id or path; null when there is none")
                    .arguments(QueryArguments.single()));
            code.dataFetcher(FieldCoordinates.coordinates("Query", list), (DataFetcher<?>) env -> Resolvers.list(ep, env));
            code.dataFetcher(FieldCoordinates.coordinates("Query", single), (DataFetcher<?>) env -> Resolvers.single(ep, env));
        }
        return GraphQLSchema.newSchema().query(query.build()).codeRegistry(code.build())
                .additionalType(GraphqlScalars.LONG).additionalType(GraphqlScalars.DECIMAL).build();
    }

    private static String unique(Set<String> taken, String name, String suffix) {
        String n = taken.contains(name) ? name + suffix : name;
        taken.add(n);
        return n;
    }

    private static GraphQLFieldDefinition f(String name, graphql.schema.GraphQLOutputType type) {
        return GraphQLFieldDefinition.newFieldDefinition().name(name).type(type).build();
    }
}
