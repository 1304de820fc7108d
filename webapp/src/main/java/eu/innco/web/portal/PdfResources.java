package eu.innco.web.portal;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import eu.innco.assets.AssetService;
import eu.innco.assets.StoredFile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the guide's PDF may load while it is rendered: the product's own files, read in-process
 * (published {@code /dam/} files through the asset service, {@code /.resources/} from the light
 * module), and nothing else. Rendering never opens a connection: an image elsewhere would let content
 * make the server fetch any address (and stall for each slow one), so it is left out and its
 * alternative text shown (see {@link PdfImages}). One instance per rendering; files are read once.
 */
final class PdfResources implements FSStreamFactory {
    private final String base;
    private final AssetService assets;
    private final Path webresources;
    private final Map<String, Optional<byte[]>> loaded = new HashMap<>();

    PdfResources(String base, AssetService assets, Path lightModules) {
        this.base = base;
        this.assets = assets;
        this.webresources = lightModules.resolve("inn-co/webresources").toAbsolutePath().normalize();
    }

    /** The absolute address of {@code uri} against the public address, when it is one of ours; else null (nothing is loaded). */
    String resolve(String baseUri, String uri) {
        if (uri == null) return null;
        try {
            String abs = URI.create(baseUri == null ? base + "/" : baseUri).resolve(uri.trim()).toString();
            return own(abs) ? abs : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True for an address under the public address's {@code /dam/} or {@code /.resources/} that names a file we have. */
    boolean own(String abs) {
        return abs != null && abs.startsWith(base + "/") && bytes(abs).isPresent();
    }

    @Override
    public FSStream getUrl(String url) {
        Optional<byte[]> b = own(url) ? bytes(url) : Optional.empty();
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return b.map(ByteArrayInputStream::new).orElse(null);
            }

            @Override
            public Reader getReader() {
                InputStream in = getStream();
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            }
        };
    }

    private Optional<byte[]> bytes(String abs) {
        return loaded.computeIfAbsent(abs, this::read);
    }

    private Optional<byte[]> read(String abs) {
        String path;
        try {
            path = URI.create(abs.substring(base.length())).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null) return Optional.empty();
        String[] p = path.split("/", -1);
        // /dam/<id>/<file name> and /dam/<id>/renditions/<name>: published files only, as /dam serves them
        if (p.length == 4 && p[1].equals("dam")) return assets.publishedFile(p[2], null).map(StoredFile::bytes);
        if (p.length == 5 && p[1].equals("dam") && p[3].equals("renditions")) return assets.publishedFile(p[2], p[4]).map(StoredFile::bytes);
        if (p.length >= 4 && p[1].equals(".resources")) {
            Path file = webresources.resolve(String.join("/", java.util.Arrays.copyOfRange(p, 3, p.length))).normalize();
            if (!file.startsWith(webresources) || !Files.isRegularFile(file)) return Optional.empty();
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
