package eu.innco.web.graphql;

import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

/**
 * Output-only scalars for values the delivery JSON holds as they are: {@code Long} and
 * {@code Decimal} numbers (exact, not rounded through a double), and {@code JSON} for map points,
 * asset metadata and the {@code _fallback} map. None of them is accepted as an argument.
 */
final class GraphqlScalars {
    static final GraphQLScalarType LONG = passThrough("Long", "A whole number of 64 bits, as the delivery JSON has it.");
    static final GraphQLScalarType DECIMAL = passThrough("Decimal", "An exact decimal number, as the delivery JSON has it.");
    static final GraphQLScalarType JSON = passThrough("JSON", "A JSON value as the delivery API answers it (map points, asset metadata).");

    private GraphqlScalars() {}

    private static GraphQLScalarType passThrough(String name, String description) {
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<Object, Object>() {
            @Override
            @SuppressWarnings("deprecation")
            public Object serialize(Object value) {
                return value;
            }

            @Override
            @SuppressWarnings("deprecation")
            public Object parseValue(Object input) {
                throw new CoercingParseValueException(name + " is an output type; it is never an argument.");
            }

            @Override
            @SuppressWarnings("deprecation")
            public Object parseLiteral(Object input) {
                throw new CoercingParseLiteralException(name + " is an output type; it is never an argument.");
            }
        }).build();
    }
}
