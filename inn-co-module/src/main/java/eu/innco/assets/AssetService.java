package eu.innco.assets;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorKind;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.content.ContentEvent;
import eu.innco.content.ContentItem;
import eu.innco.content.ContentService;
import eu.innco.content.ContentWriteHook;
import eu.innco.exports.AssetBinaries;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Uploads of files and images: size-limited, typed from their bytes, images with alt text and
 * renditions. The bytes live in the repository (never in a folder the server serves or runs), on
 * the asset item; publishing copies them to the public snapshot with the rest of the item.
 */
public final class AssetService implements ContentWriteHook {
    public static final String TYPE = "asset";
    public static final String RENDITIONS = "innco:renditions";

    private final ContentRepository repository;
    private final ContentService content;
    private final AccessPolicy policy;
    private final long maxBytes;

    /** The names of the renditions an image gets ({@code /dam/<id>/renditions/<name>}). */
    public static java.util.Set<String> renditionNames() {
        return new java.util.TreeSet<>(Renditions.WIDTHS.keySet());
    }

    public AssetService(ContentRepository repository, ContentService content, AccessPolicy policy, long maxBytes) {
        this.repository = repository;
        this.content = content;
        this.policy = policy;
        this.maxBytes = maxBytes;
        content.addHook(this);
    }

    public long maxBytes() { return maxBytes; }

    /**
     * Creates an asset item from an upload; {@code title} and {@code alt} are in {@code locale}. The
     * item, its file and its renditions are saved in one commit: a store that stops accepting writes
     * leaves either the whole asset or nothing, never an item without its file.
     */
    public ContentItem upload(Actor actor, String fileName, InputStream in, String locale, String title, String alt) {
        policy.check(actor, Action.CREATE, Ownership.NEW);
        String name = safeName(fileName);
        Path tmp = null;
        try {
            tmp = Files.createTempFile("innco-upload", ".bin");
            Received file = receive(in, tmp, name);
            ObjectNode props = fileProperties(file);
            props.putObject("title").put(locale, title == null || title.isBlank() ? name : title.trim());
            if (alt != null && !alt.isBlank()) props.putObject("alt").put(locale, alt.trim());
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.set("properties", props);
            body.put("sourceLocale", locale);
            return content.create(actor, TYPE, body, file.step());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) tmp.toFile().delete();
        }
    }

    /**
     * Replaces the file of an existing asset (name, type, size, bytes and renditions) in one commit,
     * checked like an upload; {@code alt}, when given, is set in {@code locale} in the same commit (an
     * image needs one). Nothing changes when any part is refused.
     */
    public ContentItem replaceFile(Actor actor, String id, String fileName, InputStream in, String locale, String alt,
                                   eu.innco.content.Precondition precondition) {
        String name = safeName(fileName);
        Path tmp = null;
        try {
            tmp = Files.createTempFile("innco-upload", ".bin");
            Received file = receive(in, tmp, name);
            ObjectNode props = fileProperties(file);
            if (alt != null && !alt.isBlank()) props.putObject("alt").put(locale, alt.trim());
            ObjectNode patch = JsonNodeFactory.instance.objectNode();
            patch.set("properties", props);
            return content.patch(actor, TYPE, id, patch, precondition, file.step());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) tmp.toFile().delete();
        }
    }

    /** An upload that passed the checks, with its renditions made (in memory) before the commit. */
    private record Received(Path file, String name, String mime, long size, Map<String, Renditions.Rendition> renditions) {
        /** Writes the bytes and renditions on the item's node; it may run again after a conflict, so it only reads the file. */
        eu.innco.content.NodeStep step() {
            return n -> {
                AssetBinaries.store(n, file, AssetBinaries.sha256(file));
                storeRenditions(n, renditions);
            };
        }
    }

    /** Copies within the size limit, asks for the room, and types the file from its bytes; throws before anything is written. */
    private Received receive(InputStream in, Path tmp, String name) throws IOException {
        long size = copyLimited(in, tmp);
        repository.requireRoomFor(size); // refused whole, before the item exists, rather than cut off half way
        String mime;
        try (InputStream head = Files.newInputStream(tmp)) {
            mime = FileTypes.detect(head, name).orElseThrow(() -> new InncoException(ErrorKind.UNSUPPORTED_MEDIA_TYPE,
                    "INNCO-ASSET-415", "File type not accepted", "This kind of file is not accepted: images (JPEG, PNG, GIF, WebP), PDF, "
                    + "office documents, plain text, MP4 video and MP3 audio are.", List.of()));
        }
        var renditions = FileTypes.isImage(mime) ? Renditions.of(tmp) : Map.<String, Renditions.Rendition>of();
        return new Received(tmp, name, mime, size, renditions);
    }

    private static ObjectNode fileProperties(Received file) {
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        props.put("fileName", file.name());
        props.put("mimeType", file.mime());
        props.put("size", file.size());
        return props;
    }

    /** The file (or a rendition) of an asset's working copy, for people who may read drafts. */
    public Optional<StoredFile> draftFile(Actor actor, String id, String rendition) {
        return repository.read(s -> {
            Node n = find(s, "/", id);
            if (n == null) return Optional.empty();
            policy.check(actor, Action.READ_DRAFT, ContentService.ownership(n));
            return read(n, rendition);
        });
    }

    /** The published file (or rendition) of an asset; nothing for drafts. */
    public Optional<StoredFile> publishedFile(String id, String rendition) {
        return repository.read(s -> {
            String path = "/innco:live/assets/" + id;
            if (id == null || !eu.innco.content.ItemNodes.UUID.matcher(id).matches() || !s.nodeExists(path)) return Optional.empty();
            return read(s.getNode(path), rendition);
        });
    }

    /** An image must say what it shows: its alt text is required in at least one language. */
    @Override
    public void written(Session s, Node item, ContentEvent e) throws RepositoryException {
        if (!TYPE.equals(e.type()) || e.kind() == ContentEvent.Kind.DELETED) return;
        String mime = item.hasProperty("mimeType") ? item.getProperty("mimeType").getString() : "";
        if (!FileTypes.isImage(mime)) return;
        var values = content.nodes().values().read(item, content.types().require(TYPE).properties());
        if (values.get("alt").map(v -> !((Map<?, ?>) v).isEmpty()).orElse(false)) return;
        throw InncoException.invalid("INNCO-ASSET-001", "An image needs an alt text that says what it shows.",
                List.of(FieldError.keyed("properties.alt", "altRequired", "is required for images: describe what the image shows")));
    }

    private Optional<StoredFile> read(Node n, String rendition) throws RepositoryException {
        String fileName = n.hasProperty("fileName") ? n.getProperty("fileName").getString() : n.getName();
        String mime = n.hasProperty("mimeType") ? n.getProperty("mimeType").getString() : "application/octet-stream";
        Node source = n;
        if (rendition != null && !rendition.isBlank()) {
            if (n.hasNode(RENDITIONS + "/" + rendition)) {
                source = n.getNode(RENDITIONS + "/" + rendition);
                mime = "image/png";
                fileName = fileName.replaceAll("\\.[^.]*$", "") + "-" + rendition + ".png";
            } else if (!Renditions.WIDTHS.containsKey(rendition)) {
                return Optional.empty();
            } // images Java cannot scale have no renditions: the original serves
        }
        if (!source.hasProperty(AssetBinaries.DATA)) return Optional.empty();
        String path = source.getPath();
        long size = source.getProperty(AssetBinaries.DATA).getLength();
        String sha = source.hasProperty(AssetBinaries.SHA256) ? source.getProperty(AssetBinaries.SHA256).getString() : "";
        return Optional.of(new StoredFile(mime, fileName, sha, size, out -> stream(path, out)));
    }

    /** Streams a binary in a session of its own, opened when the response body is written. */
    private void stream(String path, java.io.OutputStream out) throws IOException {
        try {
            repository.read(s -> {
                var b = s.getProperty(path + "/" + AssetBinaries.DATA).getBinary();
                try (InputStream in = b.getStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    b.dispose();
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Node find(Session s, String unused, String id) throws RepositoryException {
        return content.nodes().findOrNull(s, content.types().require(TYPE), id);
    }

    private static void storeRenditions(Node n, Map<String, Renditions.Rendition> renditions) throws RepositoryException {
        if (n.hasNode(RENDITIONS)) n.getNode(RENDITIONS).remove();
        if (renditions.isEmpty()) return;
        Node folder = n.addNode(RENDITIONS, "mgnl:contentNode");
        for (var e : renditions.entrySet()) {
            Node r = folder.addNode(e.getKey(), "mgnl:contentNode");
            r.setProperty(AssetBinaries.DATA, n.getSession().getValueFactory().createBinary(new java.io.ByteArrayInputStream(e.getValue().png())));
            r.setProperty("width", e.getValue().width());
            r.setProperty("height", e.getValue().height());
        }
    }

    /** The last part of a client's file name, without control characters or anything a header could misread. */
    static String safeName(String fileName) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (n.length() > 200) n = n.substring(n.length() - 200);
        return n.isEmpty() || n.equals(".") || n.equals("..") ? "file" : n;
    }

    private long copyLimited(InputStream in, Path target) throws IOException {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new InncoException(ErrorKind.PAYLOAD_TOO_LARGE, "INNCO-ASSET-413", "File too large",
                            "Files may be at most " + (maxBytes / (1024 * 1024)) + " MiB (INNCO_MAX_UPLOAD_BYTES).", List.of()).withArgs(maxBytes / (1024 * 1024));
                }
                out.write(buf, 0, n);
            }
        }
        if (total == 0) throw InncoException.badRequest("INNCO-ASSET-400", "The file is empty.");
        return total;
    }
}
