package eu.innco;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule in a request or a definition: where ({@code properties.title.fr}) and what is wrong.
 * The message is English, for API clients and logs; {@code key} and {@code args}, when present, let a
 * user interface say the same in its reader's language ({@code problem.field.<key>} in its bundles).
 * They are a translation aid, not part of the error's identity: equality is path and message.
 */
public record FieldError(String path, String message, String key, List<Object> args) {
    public FieldError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public FieldError(String path, String message) {
        this(path, message, null, List.of());
    }

    /** An error whose message a user interface can translate: {@code key} names it, {@code args} fill it. */
    public static FieldError keyed(String path, String key, String message, Object... args) {
        return new FieldError(path, message, key, List.of(args));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldError f && path.equals(f.path) && message.equals(f.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
