package eu.innco.web;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The light module's {@code webresources}, fingerprinted ({@code /.resources/<hash>/css/site.css}) and
 * cached for a year: a changed file gets a new address. Templates ask {@link #url} for the address.
 */
@jakarta.ws.rs.Path(".resources/{hash}/{file: .+}")
public final class StaticFiles {
    static final long YEAR = 365L * 24 * 3600;
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"),
            Map.entry("json", "application/json"), Map.entry("map", "application/json"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final Path root;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public StaticFiles(Path lightModules) {
        this.root = lightModules.resolve("inn-co/webresources").toAbsolutePath().normalize();
    }

    /** The fingerprinted address of a web resource, for templates. */
    public String url(String path) {
        String clean = path.startsWith("/") ? path.substring(1) : path;
        return "/.resources/" + hashes.computeIfAbsent(clean, this::hash) + "/" + clean;
    }

    @GET
    public Response resource(@PathParam("hash") String hash, @PathParam("file") String file,
                             @HeaderParam("If-None-Match") String ifNoneMatch) throws IOException {
        Path p = root.resolve(file).normalize();
        if (!p.startsWith(root) || !Files.isRegularFile(p)) throw missing(file);
        String etag = "\"" + hash(file) + "\"";
        if (etag.equals(ifNoneMatch)) return Response.notModified().tag(etag.replace("\"", "")).build();
        return Response.ok(Files.readAllBytes(p), type(file)).header("ETag", etag)
                .header("Cache-Control", hash.equals(hash(file)) ? "public, max-age=" + YEAR + ", immutable" : "public, max-age=60").build();
    }

    private String hash(String file) {
        try {
            Path p = root.resolve(file).normalize();
            if (!p.startsWith(root) || !Files.isRegularFile(p)) return "0";
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)), 0, 5);
        } catch (Exception e) {
            return "0";
        }
    }

    static String type(String file) {
        int dot = file.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : file.substring(dot + 1), "application/octet-stream");
    }

    static InncoException missing(String file) {
        return InncoException.notFound(ErrorCode.STATIC_404, "There is no file '" + file + "'.");
    }
}
