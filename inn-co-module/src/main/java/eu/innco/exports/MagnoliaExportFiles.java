package eu.innco.exports;

import eu.innco.InncoException;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.workspace.JcrTree;
import eu.innco.workspace.NodeLines;
import eu.innco.workspace.SystemViewReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Magnolia's system view exports put in a content-exports folder beside the item files, named as
 * Magnolia names them: {@code tours.magnolia-travels.xml} is workspace {@code tours}, node
 * {@code /magnolia-travels}; {@code tours.a.b.xml} is node {@code b} below {@code /a}. Their items
 * come in with the folder's items, in the same import (see {@link MagnoliaTrees}).
 */
final class MagnoliaExportFiles {
    private final ContentTypeRegistry types;

    MagnoliaExportFiles(ContentTypeRegistry types) {
        this.types = types;
    }

    /** The {@code *.xml} files of the folder and its sub-folders, hidden ones skipped, by relative path. */
    static List<Path> in(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .filter(p -> !ExportFolder.label(folder, p).matches("(.*/)?\\..*"))
                    .sorted((a, b) -> ExportFolder.label(folder, a).compareTo(ExportFolder.label(folder, b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    List<ItemFile> read(Path file, String label, MagnoliaTrees trees, ImportErrors errors) {
        String[] parts = file.getFileName().toString().replaceAll("\\.xml$", "").split("\\.");
        ContentTypeDefinition type = types.byWorkspace(parts[0]).orElse(null);
        if (type == null || parts.length < 2) {
            errors.add(label + ":1", "a Magnolia export here is named <workspace>.<node path>.xml, for the workspace of a content type ("
                    + String.join(", ", types.all().stream().map(ContentTypeDefinition::workspace).toList()) + ")");
            return List.of();
        }
        StringBuilder parent = new StringBuilder("/");
        for (int i = 1; i < parts.length - 1; i++) parent.append(parts[i]).append('/');
        List<JcrTree> nodes;
        NodeLines lines = new NodeLines();
        try (InputStream in = Files.newInputStream(file)) {
            nodes = SystemViewReader.read(in, label, lines);
        } catch (InncoException e) {
            errors.addAll(e.errors());
            return List.of();
        } catch (IOException e) {
            errors.add(label + ":1", "cannot be read: " + e.getMessage());
            return List.of();
        }
        return new ArrayList<>(trees.read(type, parent.toString(), nodes, label, lines));
    }
}
