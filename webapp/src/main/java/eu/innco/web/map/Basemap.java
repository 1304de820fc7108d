package eu.innco.web.map;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The map's offline basemap: Natural Earth's country borders as TopoJSON, read once from the jar and
 * served at an address that carries the file's fingerprint ({@code /.map/<hash>/countries.json}),
 * cached by browsers for a year. No tile server and no other host is involved.
 */
@Path(".map/{hash}/countries.json")
public final class Basemap {
    static final String FILE = "/eu/innco/web/map/countries-50m.json";
    private static final long YEAR = 365L * 24 * 3600;
    private static final Basemap INSTANCE = new Basemap();

    private final byte[] bytes;
    private final String hash;

    private Basemap() {
        try (InputStream in = Basemap.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException("the basemap " + FILE + " is missing from the class path");
            bytes = in.readAllBytes();
            // a fingerprint that changes with the file, for browsers' caches, not a check of its integrity: CRC-32 is
            // native, whereas SHA-256 of its 750 kB, in code not yet compiled, took a tenth of a second of each start
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes);
            hash = String.format("%08x", crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Basemap get() {
        return INSTANCE;
    }

    /** The address of the file, for the map page. */
    public String url() {
        return "/.map/" + hash + "/countries.json";
    }

    @GET
    public Response countries(@PathParam("hash") String asked, @HeaderParam("If-None-Match") String ifNoneMatch) {
        String etag = "\"" + hash + "\"";
        if (etag.equals(ifNoneMatch)) return Response.notModified().tag(hash).build();
        // an old fingerprint still gets the file, but only briefly cached: it is not what that address named
        String cache = asked.equals(hash) ? "public, max-age=" + YEAR + ", immutable" : "public, max-age=60";
        if (!asked.matches("[0-9a-f]{1,64}")) throw InncoException.notFound(ErrorCode.STATIC_404, "There is no basemap '" + asked + "'.");
        return Response.ok(bytes, "application/json").header("ETag", etag).header("Cache-Control", cache).build();
    }
}
