package eu.innco.validation;

/** Answers whether a referenced item exists and has the expected content type. */
@FunctionalInterface
public interface ReferenceLookup {
    boolean exists(String contentType, String id);

    ReferenceLookup NONE = (type, id) -> true;
}
