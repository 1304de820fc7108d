package eu.innco.web.graphql;

import eu.innco.FieldError;
import eu.innco.InncoException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resolver's failure as a GraphQL error beside the other fields' data: the delivery API's
 * refusals keep their stable code and per-parameter errors in {@code extensions}; anything else is
 * logged and answered as {@code INNCO-GRAPHQL-500} without its details.
 */
final class GraphqlErrors implements DataFetcherExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(GraphqlErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters p) {
        Throwable t = p.getException() instanceof CompletionException c && c.getCause() != null ? c.getCause() : p.getException();
        Map<String, Object> ext = new LinkedHashMap<>();
        String message;
        if (t instanceof InncoException e) {
            message = e.detail();
            ext.put("code", e.code());
            if (!e.errors().isEmpty()) ext.put("errors", e.errors().stream().map(GraphqlErrors::field).toList());
        } else {
            LOG.error("GraphQL resolver failed at {}", p.getPath(), t);
            message = "The server could not answer this field.";
            ext.put("code", eu.innco.ErrorCode.GRAPHQL_500.code());
        }
        GraphQLError error = GraphqlErrorBuilder.newError().message(message).path(p.getPath()).location(p.getSourceLocation())
                .extensions(ext).build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    private static Map<String, Object> field(FieldError f) {
        return Map.of("parameter", f.path(), "message", f.message());
    }

    /** A refusal of the whole request before execution, in the same shape. */
    static Map<String, Object> request(String code, String message) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code))));
    }
}
