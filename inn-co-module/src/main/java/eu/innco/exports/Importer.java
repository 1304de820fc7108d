package eu.innco.exports;

import eu.innco.content.ItemNodes;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.SessionWork;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import eu.innco.validation.ContentValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a folder in the content-exports format. All files are read and every item validated
 * before anything is written; then all changes are saved in one session, so an import is whole
 * or nothing. Items keep their uuids and stamps; an item that is already as its file says is not
 * touched, so importing the same folder twice changes nothing. Imports are for administrators.
 */
public final class Importer {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final AccessPolicy policy;
    private final Clock clock;
    private final ImportPublisher publisher;
    private final ItemFileReader reader;
    private final ImportPlanner planner;
    private final ItemNodeWriter writer;
    private final SiteLocales locales;

    public Importer(ContentRepository repository, ContentTypeRegistry types, SiteLocales locales, ContentValidator validator,
                    AccessPolicy policy, Clock clock, ImportPublisher publisher) {
        this.repository = repository;
        this.types = types;
        this.policy = policy;
        this.clock = clock;
        this.publisher = publisher;
        this.locales = locales;
        ItemNodes nodes = new ItemNodes(locales);
        this.reader = new ItemFileReader(types, locales);
        this.planner = new ImportPlanner(types, nodes, validator);
        this.writer = new ItemNodeWriter(nodes, locales, reader);
    }

    /** Throws a 403-kind error unless the actor may import. */
    public void checkAllowed(Actor actor) {
        policy.check(actor, Action.IMPORT, Ownership.NEW);
    }

    public ImportResult importFolder(Actor actor, Path folder, boolean dryRun) {
        return importFolder(actor, folder, folder.toString(), dryRun);
    }

    /**
     * Imports, or with {@code dryRun} only says what an import would do. {@code source} names the
     * folder in messages (an upload's temporary folder means nothing to its sender).
     */
    public ImportResult importFolder(Actor actor, Path folder, String source, boolean dryRun) {
        return importFolder(actor, folder, source, dryRun, eu.innco.progress.Progress.NONE);
    }

    /** {@link #importFolder(Actor, Path, String, boolean)}, telling {@code progress} of each file read and item written. */
    public ImportResult importFolder(Actor actor, Path folder, String source, boolean dryRun, eu.innco.progress.Progress progress) {
        checkAllowed(actor);
        ImportErrors readErrors = new ImportErrors();
        List<ItemFile> files = new ArrayList<>();
        List<Path> itemFiles = ExportFolder.itemFiles(folder);
        progress.stage("files read", itemFiles.size());
        for (Path file : itemFiles) {
            reader.read(file, ExportFolder.label(folder, file), readErrors).ifPresent(files::add);
            progress.step();
        }
        // Magnolia's system view exports of a content type's workspace, beside the item files
        MagnoliaTrees magnolia = new MagnoliaTrees(reader, locales, readErrors);
        for (Path file : MagnoliaExportFiles.in(folder)) {
            files.addAll(new MagnoliaExportFiles(types).read(file, ExportFolder.label(folder, file), magnolia, readErrors));
        }
        ImportResult r = run(actor, files, readErrors, source, dryRun, progress, magnolia.folders());
        return new ImportResult(r.dryRun(), r.items(), magnolia.ignored());
    }

    /**
     * Imports Magnolia's export of a content type's workspace ({@code workspace}): the items among
     * its folders, below {@code parentPath} of Magnolia's tree, in one go as {@link #importFolder}
     * does. {@code source} names the file in messages. A workspace no content type declares is a 400.
     */
    public ImportResult importMagnolia(Actor actor, String workspace, String parentPath, List<eu.innco.workspace.JcrTree> trees,
                                       eu.innco.workspace.NodeLines lines, String source, boolean dryRun) {
        checkAllowed(actor);
        ContentTypeDefinition type = types.byWorkspace(workspace).orElseThrow(() -> eu.innco.InncoException.badRequest(
                eu.innco.ErrorCode.IMPORT_006, "No content type keeps its items in workspace '" + workspace + "'."));
        ImportErrors readErrors = new ImportErrors();
        int nodes = trees.stream().mapToInt(eu.innco.workspace.JcrTree::size).sum();
        if (nodes > ImportLimits.MAX_ENTRIES) {
            throw eu.innco.InncoException.badRequest(eu.innco.ErrorCode.IMPORT_006, source + " holds " + nodes
                    + " nodes; an import takes at most " + ImportLimits.MAX_ENTRIES + ".");
        }
        MagnoliaTrees magnolia = new MagnoliaTrees(reader, locales, readErrors);
        List<ItemFile> files = magnolia.read(type, parentPath, trees, source, lines);
        if (files.isEmpty() && readErrors.isEmpty()) readErrors.add(source, "holds no " + type.nodeType() + " item");
        ImportResult r = run(actor, files, readErrors, source, dryRun, eu.innco.progress.Progress.NONE, magnolia.folders());
        return new ImportResult(r.dryRun(), r.items(), magnolia.ignored());
    }

    private ImportResult run(Actor actor, List<ItemFile> read, ImportErrors readErrors, String source, boolean dryRun,
                             eu.innco.progress.Progress progress, List<eu.innco.content.MagnoliaFolders.Folder> folders) {
        Instant now = clock.instant();
        SessionWork<List<PlannedItem>> work = s -> {
            ImportErrors errors = readErrors.copy();
            List<ItemFile> files = MagnoliaNames.assign(s, read);
            List<PlannedItem> plan = planner.plan(s, files, errors);
            errors.throwIfAny(source);
            if (!dryRun) {
                progress.stage("items written", plan.size());
                for (PlannedItem p : plan) {
                    writer.write(s, p, actor, now);
                    progress.step();
                }
                eu.innco.content.MagnoliaFolders.write(s, folders);
            }
            return plan;
        };
        List<PlannedItem> plan = dryRun ? repository.read(work) : repository.write(work);
        if (!dryRun) {
            List<ImportPublisher.Request> requests = new ArrayList<>();
            for (PlannedItem p : plan) {
                if (!p.publish().isEmpty()) requests.add(new ImportPublisher.Request(p.file().type().name(), p.uuid(), p.publish()));
            }
            if (!requests.isEmpty()) publisher.publish(actor, requests);
        }
        return new ImportResult(dryRun, plan.stream().map(PlannedItem::result).toList());
    }

    /** True when any content type's folder holds an item: the first-start import runs only when none does. */
    public boolean repositoryHasItems() {
        return repository.read(s -> {
            for (ContentTypeDefinition t : types.all()) {
                if (s.nodeExists(t.rootPath()) && s.getNode(t.rootPath()).hasNodes()) return true;
            }
            return false;
        });
    }
}
