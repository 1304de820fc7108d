package eu.innco.exports;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * The file of an asset item, kept on the asset node as a JCR binary ({@code innco:data}) with its
 * SHA-256 ({@code innco:sha256}), so that exports can name the checksum without reading the
 * bytes again and imports can tell an unchanged file.
 */
public final class AssetBinaries {
    public static final String DATA = "innco:data";
    public static final String SHA256 = "innco:sha256";
    /** The content type whose items may carry a binary. */
    public static final String ASSET_TYPE = "asset";

    private AssetBinaries() {}

    public static Optional<String> sha256(Node asset) throws RepositoryException {
        if (!asset.hasProperty(DATA)) return Optional.empty();
        if (asset.hasProperty(SHA256)) return Optional.of(asset.getProperty(SHA256).getString());
        Binary b = asset.getProperty(DATA).getBinary();
        try (InputStream in = b.getStream()) {
            return Optional.of(sha256(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            b.dispose();
        }
    }

    /** Stores the file's bytes and checksum on the node. */
    public static void store(Node asset, Path file, String sha256) throws RepositoryException {
        try (InputStream in = Files.newInputStream(file)) {
            Binary b = asset.getSession().getValueFactory().createBinary(in);
            asset.setProperty(DATA, b);
            asset.setProperty(SHA256, sha256);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    public static void remove(Node asset) throws RepositoryException {
        if (asset.hasProperty(DATA)) asset.getProperty(DATA).remove();
        if (asset.hasProperty(SHA256)) asset.getProperty(SHA256).remove();
    }

    /** Writes the node's binary to a file, replacing it. */
    public static void copyTo(Node asset, Path target) throws RepositoryException {
        Binary b = asset.getProperty(DATA).getBinary();
        try (InputStream in = b.getStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            b.dispose();
        }
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream din = new DigestInputStream(in, md)) {
                din.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static InncoException unreadable(Path file, IOException e) {
        return new InncoException(ErrorCode.IMPORT_004, "Unreadable file",
                "Cannot read " + file.getFileName() + ": " + e.getMessage(), List.of(), e);
    }
}
