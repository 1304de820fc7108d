package eu.innco.i18n;

import eu.innco.content.ContentService;
import eu.innco.content.ContentWriteHook;
import eu.innco.i18n.messages.Messages;
import eu.innco.i18n.slug.SlugResolver;
import eu.innco.i18n.slug.SlugUniqueness;
import eu.innco.i18n.translation.TranslationOverview;
import eu.innco.i18n.xliff.XliffExporter;
import eu.innco.i18n.xliff.XliffImporter;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import java.nio.file.Path;
import java.util.List;

/**
 * The languages feature's parts, built together: language negotiation, interface texts, the
 * translation overview, translators' files and localised slugs (unique per type and locale on every
 * save, through {@link #contentHooks()}, which {@code eu.innco.wiring.ModuleGraph} registers).
 */
public final class Languages {
    public final LocaleResolver resolver;
    public final Messages messages;
    public final TranslationOverview overview;
    public final XliffExporter xliffExport;
    public final XliffImporter xliffImport;
    public final SlugResolver slugs;
    private final List<ContentWriteHook> contentHooks;

    public Languages(ContentRepository repository, ContentService content, AccessPolicy policy, Path lightModules) {
        this(repository, content, policy, Messages.load(lightModules, content.locales()));
    }

    /** With bundles already loaded (the server parses them while the repository starts). */
    public Languages(ContentRepository repository, ContentService content, AccessPolicy policy, Messages messages) {
        this.resolver = new LocaleResolver(content.locales());
        this.messages = messages;
        this.overview = new TranslationOverview(repository, content.types(), content.locales(), content.nodes(), policy);
        this.xliffExport = new XliffExporter(repository, content.types(), content.nodes(), policy);
        this.xliffImport = new XliffImporter(content, policy);
        this.slugs = new SlugResolver(repository, content.types(), content.locales());
        this.contentHooks = List.of(new eu.innco.i18n.slug.SlugFromTitle(content.types(), content.locales()),
                new SlugUniqueness(content.types(), content.locales()));
    }

    /** What this feature does inside every content write: a slug made from the title when none is given, then refused if taken. */
    public List<ContentWriteHook> contentHooks() {
        return contentHooks;
    }
}
