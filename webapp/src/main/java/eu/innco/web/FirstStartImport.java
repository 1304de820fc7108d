package eu.innco.web;

import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.exports.ImportResult;
import eu.innco.exports.Importer;
import eu.innco.security.Actor;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a start with an empty repository, imports the content-exports folder, so that one command
 * gives a working site. A failed import stops the start: serving an empty site would hide it.
 */
final class FirstStartImport {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStartImport.class);

    private FirstStartImport() {}

    static void runIfEmpty(boolean enabled, Importer importer, Path contentExports) {
        if (!enabled || importer.repositoryHasItems()) return;
        try {
            ImportResult r = importer.importFolder(Actor.SYSTEM, contentExports, false);
            LOG.info("First start: imported {} from {}", r.summary(), contentExports);
        } catch (InncoException e) {
            FieldError first = e.errors().isEmpty() ? new FieldError(contentExports.toString(), e.detail()) : e.errors().get(0);
            throw new InncoException(e.errorCode(), "First-start import failed",
                    "The first-start import of " + contentExports + " failed at " + first.path() + ": " + first.message()
                            + ". Fix the file (all problems are listed below), or start with INNCO_IMPORT_ON_START=false.",
                    e.errors(), e);
        }
    }
}
