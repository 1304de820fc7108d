package eu.innco.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared whole-or-nothing write and the two-checksum fingerprint (issue 18's records, renditions, page ETags). */
class WholeFileTest {
    @TempDir
    Path dir;

    @Test
    void replacesAFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("deep/er/record.bin");
        WholeFile.replace(file, "one".getBytes(StandardCharsets.UTF_8));
        WholeFile.replace(file, "two".getBytes(StandardCharsets.UTF_8));
        assertEquals("two", Files.readString(file));
        assertEquals(List.of(file), files(file.getParent()));
    }

    @Test
    void aFailedWriteKeepsTheOldFileWhole() throws IOException {
        Path file = dir.resolve("record.txt");
        WholeFile.replace(file, "kept".getBytes(StandardCharsets.UTF_8));
        IOException thrown = assertThrows(IOException.class, () -> WholeFile.replace(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", thrown.getMessage());
        assertEquals("kept", Files.readString(file));
        assertEquals(List.of(file), files(dir));
    }

    @Test
    void fingerprintIsTheTwoStandardChecksums() {
        // the published check values of CRC-32C and CRC-32 for "123456789"
        assertEquals("e3069283cbf43926", Fingerprint.of("123456789".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("0000000000000000", Fingerprint.of(new byte[0]));
        assertNotEquals(Fingerprint.of(new byte[] {1, 2}), Fingerprint.of(new byte[] {2, 1}));
        byte[] same = "same bytes".getBytes(StandardCharsets.UTF_8);
        assertEquals(Fingerprint.of(same), Fingerprint.of(same.clone()));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
