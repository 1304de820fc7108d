package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The shared JSON node factory, and small schema builders used by the field types. */
final class Json {
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Json() {}

    static ObjectNode schema(String type) {
        ObjectNode s = NODES.objectNode();
        s.put("type", type);
        return s;
    }

    static ObjectNode schema(String type, String format) {
        ObjectNode s = schema(type);
        s.put("format", format);
        return s;
    }

    /** A short description of a JSON value's type, for error messages. */
    static String describe(com.fasterxml.jackson.databind.JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case NULL, MISSING -> "null";
            case BINARY -> "binary data";
        };
    }
}
