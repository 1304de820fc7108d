package eu.innco.yaml;

import eu.innco.files.Fingerprint;
import eu.innco.files.WholeFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The definition files of the last start, parsed, kept by their bytes in {@code $INNCO_HOME/cache}
 * (issue 18): a start with unchanged definitions reads each tree back instead of running SnakeYAML
 * over the files again, whose parsing and compiling cost some 0.3 s of a start's CPU.
 *
 * <p>A tree is known by its file's label, its value limit, its length and two checksums of its
 * bytes, with {@link #FORMAT}: any edit, a moved file or another conversion parses again. Only files
 * that parsed are kept (an error is never remembered), and only those of the last start, so the
 * record never grows. The record is a shortcut, never a source: when it is missing, damaged or cannot
 * be written, the files are simply parsed. It applies only inside {@link #during}, on that thread, so
 * that tests and commands reading YAML elsewhere always parse, and so that the server chooses what it
 * covers: content types, endpoints, the site and renditions, never a file that may hold a secret (a
 * webhook's), since the record is plain text at rest.
 */
public final class ParsedYaml {
    /** Raised whenever {@link YamlReader}'s conversion or this encoding changes, so that older trees are not read. */
    static final int FORMAT = 1;
    private static final int MAGIC = 0x494e4359; // "INCY"
    private static final int MAX_ENTRIES = 10_000;
    private static final ThreadLocal<ParsedYaml> ACTIVE = new ThreadLocal<>();

    private final Path file;
    private final Map<String, byte[]> before;
    private final Map<String, byte[]> now = new LinkedHashMap<>();

    private ParsedYaml(Path file, Map<String, byte[]> before) {
        this.file = file;
        this.before = before;
    }

    /** No record: every file is parsed (commands, tests, a repository in memory). */
    public static ParsedYaml none() {
        return new ParsedYaml(null, Map.of());
    }

    /** The record kept in {@code file}; a missing, damaged or older one counts as empty. */
    public static ParsedYaml at(Path file) {
        Map<String, byte[]> before = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() == MAGIC && in.readInt() == FORMAT) {
                    int n = in.readInt();
                    if (n < 0 || n > MAX_ENTRIES) throw new IOException("damaged record");
                    for (int i = 0; i < n; i++) before.put(in.readUTF(), bytes(in));
                }
            } catch (IOException | RuntimeException e) {
                before.clear(); // damaged: parse everything, and write the record again
            }
        }
        return new ParsedYaml(file, before);
    }

    /** Runs {@code work} with this record consulted by {@link YamlReader#read(Path, String, int)} on this thread. */
    public <T> T during(Supplier<T> work) {
        if (file == null) return work.get();
        ParsedYaml outer = ACTIVE.get();
        ACTIVE.set(this);
        try {
            return work.get();
        } finally {
            if (outer == null) ACTIVE.remove();
            else ACTIVE.set(outer);
        }
    }

    static Optional<ParsedYaml> active() {
        return Optional.ofNullable(ACTIVE.get());
    }

    static String key(byte[] content, String label, int maxValueChars) {
        return label + "|" + maxValueChars + "|" + content.length + "|" + Fingerprint.of(content);
    }

    /** The tree of these bytes from an earlier start, or the one {@code parse} makes, kept for the next start. */
    synchronized YamlNode tree(String key, String label, Supplier<YamlNode> parse) {
        byte[] kept = before.get(key);
        if (kept != null) {
            try {
                YamlNode node = decode(new DataInputStream(new ByteArrayInputStream(kept)), label);
                now.put(key, kept);
                return node;
            } catch (IOException | RuntimeException e) {
                // damaged entry: parsed again below
            }
        }
        YamlNode node = parse.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            encode(new DataOutputStream(out), node);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array stream does not fail
        }
        now.put(key, out.toByteArray());
        return node;
    }

    /** Writes the files read inside {@link #during}, whole or not at all; nothing when they are the ones already kept. */
    public synchronized void writeRecord() {
        if (file == null || now.keySet().equals(before.keySet())) return;
        try {
            WholeFile.replace(file, raw -> {
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw));
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(now.size());
                for (Map.Entry<String, byte[]> e : now.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    out.write(e.getValue());
                }
                out.flush();
            });
        } catch (IOException e) {
            // a read-only or full home: the next start parses the files again, which is all this costs
        }
    }

    private static void encode(DataOutputStream out, YamlNode n) throws IOException {
        out.writeByte(n.kind().ordinal());
        out.writeInt(n.line());
        switch (n.kind()) {
            case SCALAR -> {
                writeText(out, n.text());
                out.writeBoolean(n.quoted());
            }
            case MAPPING -> {
                out.writeInt(n.entries().size());
                for (Map.Entry<String, YamlNode> e : n.entries().entrySet()) {
                    writeText(out, e.getKey());
                    encode(out, e.getValue());
                }
            }
            case SEQUENCE -> {
                out.writeInt(n.items().size());
                for (YamlNode item : n.items()) encode(out, item);
            }
            case NULL -> { }
        }
    }

    private static YamlNode decode(DataInputStream in, String label) throws IOException {
        YamlNode.Kind kind = YamlNode.Kind.values()[in.readByte()];
        int line = in.readInt();
        return switch (kind) {
            case SCALAR -> YamlNode.scalar(label, line, readText(in), in.readBoolean());
            case MAPPING -> {
                int n = in.readInt();
                LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) entries.put(readText(in), decode(in, label));
                yield YamlNode.mapping(label, line, entries);
            }
            case SEQUENCE -> {
                int n = in.readInt();
                List<YamlNode> items = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) items.add(decode(in, label));
                yield YamlNode.sequence(label, line, items);
            }
            case NULL -> YamlNode.nullNode(label, line);
        };
    }

    // writeUTF stops at 64 kB; a value may be longer
    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readText(DataInputStream in) throws IOException {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 * 1024 * 1024) throw new IOException("damaged record");
        byte[] b = in.readNBytes(n);
        if (b.length != n) throw new IOException("damaged record");
        return b;
    }
}
