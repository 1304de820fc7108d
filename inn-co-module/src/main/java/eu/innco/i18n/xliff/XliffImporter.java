package eu.innco.i18n.xliff;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ContentService;
import eu.innco.content.ItemBatch;
import eu.innco.i18n.LocaleResolver;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.RepositoryException;

/**
 * Imports a translators' file: every target is checked against the item's content type (rich text
 * sanitised), units whose source changed since the export are reported and left alone, and all
 * accepted values are written in one repository commit, so that nothing is ever half imported.
 */
public final class XliffImporter {
    private final ContentService content;
    private final LocaleResolver languages;
    private final AccessPolicy policy;

    public XliffImporter(ContentService content, AccessPolicy policy) {
        this.content = content;
        this.languages = new LocaleResolver(content.locales());
        this.policy = policy;
    }

    public XliffImportReport importFile(Actor actor, byte[] xml) {
        return importFile(actor, xml, eu.innco.progress.Progress.NONE);
    }

    /** {@link #importFile(Actor, byte[])}, telling {@code progress} of each file (one item) written. */
    public XliffImportReport importFile(Actor actor, byte[] xml, eu.innco.progress.Progress progress) {
        ImportDocument doc = XliffReader.read(xml);
        String source = locale(doc.srcLang(), "srcLang");
        String target = locale(doc.trgLang(), "trgLang");
        if (source.equals(target)) throw InncoException.badRequest(ErrorCode.XLIFF_005, "srcLang and trgLang name the same site locale.");
        if (!policy.mayTranslate(actor, target)) {
            throw policy.refuse(actor, Action.TRANSLATE, Ownership.NEW, "User '" + actor.username() + "' may not write the '" + target
                    + "' values; granted locales: " + actor.locales());
        }
        List<UnitResult> results = content.writeMany(actor, batch -> {
            List<UnitResult> out = new ArrayList<>();
            progress.stage("items", doc.files().size());
            for (ImportDocument.File f : doc.files()) {
                out.addAll(file(batch, f, source, target));
                progress.step();
            }
            return out;
        });
        return new XliffImportReport(source, target, results);
    }

    private List<UnitResult> file(ItemBatch batch, ImportDocument.File f, String source, String target) throws RepositoryException {
        String[] parts = f.original().split("/", 2);
        ContentItem item = parts.length == 2 && content.types().get(parts[0]).isPresent()
                ? batch.find(parts[0], parts[1]).orElse(null) : null;
        if (item == null) {
            return all(f, "unknown", null, "There is no item '" + f.original() + "' (the file's original); was it deleted?");
        }
        if (!batch.mayWrite(item, target)) {
            return all(f, "forbidden", item.locales().get(target).translation(), "You may not write the '" + target + "' values of this item.");
        }
        return new ItemImport(batch, item, f, source, target).run();
    }

    private static List<UnitResult> all(ImportDocument.File f, String outcome, String state, String message) {
        return f.units().stream().map(u -> new UnitResult(f.original(), u.id(), outcome, state, message)).toList();
    }

    private String locale(String tag, String attribute) {
        return languages.match(tag).orElseThrow(() -> InncoException.badRequest(ErrorCode.XLIFF_005, attribute + " '" + tag
                + "' is not a language of this site; use one of " + content.locales().locales() + "."));
    }
}
