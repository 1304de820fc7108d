package eu.innco.delivery;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.workspace.WorkspaceEndpoint;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded delivery endpoints by name, with the warnings found while loading them. Immutable. */
public final class EndpointRegistry {
    private final Map<String, EndpointDefinition> byName = new LinkedHashMap<>();
    private final Map<String, WorkspaceEndpoint> workspaceEndpoints = new LinkedHashMap<>();
    private final List<String> warnings;

    public EndpointRegistry(List<EndpointDefinition> endpoints, List<String> warnings) {
        this(endpoints, List.of(), warnings);
    }

    public EndpointRegistry(List<EndpointDefinition> endpoints, List<WorkspaceEndpoint> workspaces, List<String> warnings) {
        for (EndpointDefinition e : endpoints) byName.put(e.name(), e);
        for (WorkspaceEndpoint e : workspaces) workspaceEndpoints.put(e.name(), e);
        this.warnings = List.copyOf(warnings);
    }

    /** The endpoint over a workspace without content type of that name, if it is one. */
    public Optional<WorkspaceEndpoint> workspaceEndpoint(String name) {
        return Optional.ofNullable(workspaceEndpoints.get(name));
    }

    public Collection<WorkspaceEndpoint> workspaceEndpoints() {
        return java.util.Collections.unmodifiableCollection(workspaceEndpoints.values());
    }

    public Collection<EndpointDefinition> all() { return java.util.Collections.unmodifiableCollection(byName.values()); }

    public Optional<EndpointDefinition> get(String name) { return Optional.ofNullable(byName.get(name)); }

    /** The endpoint, or a 404-kind error naming the known ones. */
    public EndpointDefinition require(String name) {
        EndpointDefinition e = byName.get(name);
        if (e == null) {
            throw InncoException.notFound(ErrorCode.DELIVERY_404, "There is no delivery endpoint '" + clip(name)
                    + "'. Endpoints: " + String.join(", ", byName.keySet()) + ".");
        }
        return e;
    }

    /**
     * Splits what follows {@code /.rest/delivery/} into the longest endpoint path it starts with and
     * the rest ({@code ""}, {@code "@<id>"} or {@code "/<path>"}): an endpoint path may have several
     * segments ({@code tours/v1}). Empty when no endpoint matches.
     */
    public Optional<String[]> split(String full) {
        // asked for every delivery request: no copy of the names and no string built per name
        String best = best(full, byName.keySet(), null);
        best = best(full, workspaceEndpoints.keySet(), best);
        return best == null ? Optional.empty() : Optional.of(new String[] {best, full.substring(best.length())});
    }

    /** The longest of {@code names} that is {@code full} or begins it before a slash or an at sign, if longer than {@code best}. */
    private static String best(String full, java.util.Collection<String> names, String best) {
        for (String name : names) {
            int n = name.length();
            boolean fits = full.startsWith(name) && (full.length() == n || full.charAt(n) == '/' || full.charAt(n) == '@');
            if (fits && (best == null || n > best.length())) best = name;
        }
        return best;
    }

    /** The endpoints that serve items of a content type. */
    public List<EndpointDefinition> forType(String type) {
        return byName.values().stream().filter(e -> e.type().name().equals(type)).toList();
    }

    /** Unsupported keys and other things worth a look, each with file and line; logged at start. */
    public List<String> warnings() { return warnings; }

    static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
