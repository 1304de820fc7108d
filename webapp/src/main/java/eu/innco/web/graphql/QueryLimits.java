package eu.innco.web.graphql;

import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;

/**
 * How much one query may ask, judged before anything runs: a depth limit, and a cost where each
 * field costs 1 and a page's results cost their page size ({@code limit}) times what each result
 * asks, other lists (multiple references, sub-models) ten times. Introspection is bounded by
 * graphql-java's good-faith checks instead, so that schema tools are not refused.
 */
final class QueryLimits {
    /** Deeper than any query of the delivery types; the standard introspection query fits. */
    static final int MAX_DEPTH = 15;
    /** A full page of 100 case studies with every field and its expanded references costs about 9,000. */
    static final int MAX_COST = 20_000;
    static final int LIST_GUESS = 10;

    private QueryLimits() {}

    static Instrumentation instrumentation() {
        return new ChainedInstrumentation(new MaxQueryDepthInstrumentation(MAX_DEPTH) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return new AbortExecutionException(eu.innco.ErrorCode.GRAPHQL_004.code() + ": the query is " + depth + " levels deep; at most " + maxDepth
                        + " are answered.");
            }
        }, new MaxQueryComplexityInstrumentation(MAX_COST, QueryLimits::cost) {
            @Override
            protected AbortExecutionException mkAbortException(int cost, int maxCost) {
                return new AbortExecutionException(eu.innco.ErrorCode.GRAPHQL_005.code() + ": the query costs " + cost + ", more than " + maxCost
                        + " (each field 1, a page's results times its limit, other lists times " + LIST_GUESS
                        + "); ask for smaller pages or fewer fields.");
            }
        });
    }

    static int cost(FieldComplexityEnvironment env, int children) {
        String name = env.getFieldDefinition().getName();
        if (name.startsWith("__") || env.getParentType().getName().startsWith("__")) return 1 + children;
        FieldComplexityEnvironment parent = env.getParentEnvironment();
        if (name.equals("results") && parent != null && parent.getArguments().get("limit") instanceof Number n) {
            long size = Math.min(Math.max(1L, n.longValue()), MAX_COST); // the delivery parser refuses over 100 later anyway
            return (int) Math.min(Integer.MAX_VALUE, 1L + size * children);
        }
        return (int) Math.min(Integer.MAX_VALUE, 1L + (isList(env.getFieldDefinition().getType()) ? (long) LIST_GUESS * children : children));
    }

    private static boolean isList(GraphQLType t) {
        GraphQLType u = t instanceof GraphQLNonNull nn ? nn.getWrappedType() : t;
        return u instanceof GraphQLList;
    }
}
