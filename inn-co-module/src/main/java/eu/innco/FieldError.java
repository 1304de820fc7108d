package eu.innco;

import java.util.Objects;

/** One broken rule in a request or a definition: where ({@code properties.title.fr}) and what is wrong. */
public record FieldError(String path, String message) {
    public FieldError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
