package eu.innco.contenttype.field;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects every broken rule of one request so that all are reported at once. */
public final class Violations {
    private final List<Violation> list = new ArrayList<>();

    public void add(String path, String key) {
        list.add(Violation.of(path, key));
    }

    public void add(String path, String key, String param, Object value) {
        list.add(Violation.of(path, key, param, value));
    }

    public void add(String path, String key, Map<String, Object> params) {
        list.add(new Violation(path, key, params));
    }

    public boolean isEmpty() { return list.isEmpty(); }

    public List<Violation> list() { return List.copyOf(list); }
}
