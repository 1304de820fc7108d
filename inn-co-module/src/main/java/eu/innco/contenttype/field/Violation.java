package eu.innco.contenttype.field;

import java.util.Map;

/**
 * A broken content rule before it is turned into a message: where, which message key of
 * {@code ValidationMessages} and its parameters. Messages are interpolated by Hibernate Validator
 * in the reader's language.
 */
public record Violation(String path, String messageKey, Map<String, Object> params) {
    public static Violation of(String path, String key) {
        return new Violation(path, key, Map.of());
    }

    public static Violation of(String path, String key, String param, Object value) {
        return new Violation(path, key, Map.of(param, value));
    }
}
