package eu.innco.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.ErrorKind;
import eu.innco.InncoException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipArchivesTest {
    @TempDir
    Path temp;

    static byte[] zipOf(String entry, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void an_exported_folder_packs_and_unpacks_to_the_same_files_and_the_same_archive_bytes() throws Exception {
        Path folder = ExportsFixtures.scenario("good");
        List<String> names = List.of("organisations.la-ruche.yaml", "assets.ruche-logo.png");
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        ZipArchives.zip(folder, names, one);
        ZipArchives.zip(folder, names, two);
        assertArrayEquals(one.toByteArray(), two.toByteArray(), "entries carry a fixed time");

        Path out = Files.createDirectory(temp.resolve("out"));
        ZipArchives.unzip(new ByteArrayInputStream(one.toByteArray()), out);
        for (String n : names) assertArrayEquals(Files.readAllBytes(folder.resolve(n)), Files.readAllBytes(out.resolve(n)));
    }

    @Test
    void entries_that_point_outside_the_folder_are_refused() throws Exception {
        Path out = Files.createDirectory(temp.resolve("out"));
        InncoException e = assertThrows(InncoException.class,
                () -> ZipArchives.unzip(new ByteArrayInputStream(zipOf("../escaped.yaml", "x")), out));
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
        assertTrue(e.detail().contains("points outside"), e.detail());
        assertFalse(Files.exists(temp.resolve("escaped.yaml")));
    }

    @Test
    void a_body_that_is_not_a_zip_is_refused_as_such() {
        InncoException e = assertThrows(InncoException.class,
                () -> ZipArchives.unzip(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), temp));
        assertEquals("INNCO-IMPORT-003", e.code());
    }

    @Test
    void an_item_file_that_inflates_beyond_its_limit_is_refused_while_unpacking() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("organisations.bomb.yaml"));
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 64; i++) zip.write(block);
            zip.closeEntry();
        }
        InncoException e = assertThrows(InncoException.class, () -> ZipArchives.unzip(new ByteArrayInputStream(bytes.toByteArray()), temp));
        assertEquals(ErrorKind.PAYLOAD_TOO_LARGE, e.kind());
        assertTrue(e.detail().contains("organisations.bomb.yaml") && e.detail().contains("8 MiB"), e.detail());
        assertTrue(Files.size(temp.resolve("organisations.bomb.yaml")) <= ImportLimits.MAX_ITEM_FILE_BYTES + 8192);
    }

    @Test
    void an_archive_of_more_entries_than_allowed_is_refused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= 50; i++) {
                zip.putNextEntry(new ZipEntry("d" + i + "/"));
                zip.closeEntry();
            }
        }
        InncoException e = assertThrows(InncoException.class, () -> ZipArchives.unzip(new ByteArrayInputStream(bytes.toByteArray()), temp, 50));
        assertEquals(ErrorKind.PAYLOAD_TOO_LARGE, e.kind());
        assertTrue(e.detail().contains("more than 50 entries"), e.detail());
    }
}
