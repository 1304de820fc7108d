package eu.innco.assets;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
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
 * the asset item; publishing copies them to the public snapshot with the rest of the item. As a
 * content write hook it checks an asset's file in the item's commit; {@code eu.innco.wiring.ModuleGraph}
 * registers it (its constructor does not).
 */
public final class AssetService implements ContentWriteHook {
    public static final String TYPE = "asset";
    public static final String RENDITIONS = "innco:renditions";

    private final ContentRepository repository;
    private final ContentService content;
    private final AccessPolicy policy;
    private final long maxBytes;
    private final ImageRenditions renditions;

    /**
     * The renditions every site has ({@code /dam/<id>/renditions/<name>}): the editor and the portal
     * use them, so {@code imaging/renditions.yaml} must keep them; it may add others.
     */
    public static java.util.Set<String> renditionNames() {
        return new java.util.TreeSet<>(ImagingDefinition.REQUIRED);
    }

    /** The type of an image's renditions: JPEG for a JPEG, PNG for the others. */
    public static String renditionType(String mimeType) {
        return "image/jpeg".equals(mimeType) ? "image/jpeg" : "image/png";
    }

    public AssetService(ContentRepository repository, ContentService content, AccessPolicy policy, long maxBytes) {
        this(repository, content, policy, maxBytes, ImageRenditions.temporary());
    }

    public AssetService(ContentRepository repository, ContentService content, AccessPolicy policy, long maxBytes, ImageRenditions renditions) {
        this.repository = repository;
        this.content = content;
        this.policy = policy;
        this.maxBytes = maxBytes;
        this.renditions = renditions;
    }

    public long maxBytes() { return maxBytes; }

    public ImageRenditions renditions() { return renditions; }

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
            ContentItem replaced = content.patch(actor, TYPE, id, patch, precondition, file.step());
            renditions.forget(id);
            return replaced;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) tmp.toFile().delete();
        }
    }

    /** An upload that passed the checks. */
    private record Received(Path file, String name, String mime, long size) {
        /**
         * Writes the bytes on the item's node; it may run again after a conflict, so it only reads the
         * file. Renditions stored by earlier versions go: they are now made on request from the file.
         */
        eu.innco.content.NodeStep step() {
            return n -> {
                AssetBinaries.store(n, file, AssetBinaries.sha256(file));
                if (n.hasNode(RENDITIONS)) n.getNode(RENDITIONS).remove();
            };
        }
    }

    /** Copies within the size limit, asks for the room, and types the file from its bytes; throws before anything is written. */
    private Received receive(InputStream in, Path tmp, String name) throws IOException {
        long size = copyLimited(in, tmp);
        repository.requireRoomFor(size); // refused whole, before the item exists, rather than cut off half way
        String mime;
        try (InputStream head = Files.newInputStream(tmp)) {
            mime = FileTypes.detect(head, name).orElseThrow(() -> new InncoException(ErrorCode.ASSET_415, "File type not accepted", "This kind of file is not accepted: images (JPEG, PNG, GIF, WebP), PDF, "
                    + "office documents, plain text, MP4 video and MP3 audio are.", List.of()));
        }
        if (FileTypes.isImage(mime)) renditions.limit().check(tmp); // an image bomb is refused before anything decodes it
        return new Received(tmp, name, mime, size);
    }

    private static ObjectNode fileProperties(Received file) {
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        props.put("fileName", file.name());
        props.put("mimeType", file.mime());
        props.put("size", file.size());
        return props;
    }

    /** The file (or a named rendition) of an asset's working copy, for people who may read drafts; an unknown rendition is empty. */
    public Optional<StoredFile> draftFile(Actor actor, String id, String rendition) {
        return named(rendition).flatMap(v -> draftRendition(actor, id, v.orElse(null)));
    }

    /** The file of an asset's working copy, or its rendition {@code v} when not null. */
    public Optional<StoredFile> draftRendition(Actor actor, String id, ImagingDefinition.Variation v) {
        return repository.read(s -> {
            Node n = find(s, "/", id);
            if (n == null) return Optional.<AssetFiles>empty();
            policy.check(actor, Action.READ_DRAFT, ContentService.ownership(n));
            return AssetFiles.of(n, id);
        }).flatMap(f -> f.serve(v, renditions, this::stream));
    }

    /** The published file (or named rendition) of an asset; nothing for drafts, nor for an unknown rendition. */
    public Optional<StoredFile> publishedFile(String id, String rendition) {
        return named(rendition).flatMap(v -> publishedRendition(id, v.orElse(null)));
    }

    /** The published file of an asset, or its rendition {@code v} when not null; nothing for drafts. */
    public Optional<StoredFile> publishedRendition(String id, ImagingDefinition.Variation v) {
        return repository.read(s -> {
            String path = "/innco:live/assets/" + id;
            if (id == null || !eu.innco.content.ItemNodes.UUID.matcher(id).matches() || !s.nodeExists(path)) return Optional.<AssetFiles>empty();
            return AssetFiles.of(s.getNode(path), id);
        }).flatMap(f -> f.serve(v, renditions, this::stream));
    }

    /** No name: the original (an empty inner value); a known name: its variation; an unknown one: nothing. */
    private Optional<Optional<ImagingDefinition.Variation>> named(String rendition) {
        if (rendition == null || rendition.isBlank()) return Optional.of(Optional.empty());
        return renditions.definition().variation(rendition).map(Optional::of);
    }

    /** An image must say what it shows: its alt text is required in at least one language. */
    @Override
    public void written(Session s, Node item, ContentEvent e) throws RepositoryException {
        if (!TYPE.equals(e.type()) || e.kind() == ContentEvent.Kind.DELETED) return;
        String mime = item.hasProperty("mimeType") ? item.getProperty("mimeType").getString() : "";
        if (!FileTypes.isImage(mime)) return;
        var values = content.nodes().values().read(item, content.types().require(TYPE).properties());
        if (values.get("alt").map(v -> !((Map<?, ?>) v).isEmpty()).orElse(false)) return;
        throw InncoException.invalid(ErrorCode.ASSET_001, "An image needs an alt text that says what it shows.",
                List.of(FieldError.keyed("properties.alt", "altRequired", "is required for images: describe what the image shows")));
    }

    /** Streams a binary in a session of its own, opened when the response body is written. */
    void stream(String path, java.io.OutputStream out) throws IOException {
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
                    throw new InncoException(ErrorCode.ASSET_413, "File too large",
                            "Files may be at most " + (maxBytes / (1024 * 1024)) + " MiB (INNCO_MAX_UPLOAD_BYTES).", List.of()).withArgs(maxBytes / (1024 * 1024));
                }
                out.write(buf, 0, n);
            }
        }
        if (total == 0) throw InncoException.badRequest(ErrorCode.ASSET_400, "The file is empty.");
        return total;
    }
}
