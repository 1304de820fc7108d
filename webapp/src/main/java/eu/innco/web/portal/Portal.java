package eu.innco.web.portal;

import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.PreviewService;
import eu.innco.site.SiteLocales;
import eu.innco.i18n.messages.Messages;
import eu.innco.i18n.slug.SlugResolver;
import eu.innco.web.Services;
import eu.innco.web.StaticFiles;
import eu.innco.web.Templates;
import eu.innco.web.cache.DependentCache;
import eu.innco.web.cache.DependentCache.Made;
import eu.innco.web.cache.EntityTags;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Function;

/**
 * The public portal's shared parts: the public reader (delivery index), slugs, interface texts,
 * templates, the page cache, and the one way every page is answered (cache, ETag, 304, redirects,
 * localised 404). Pages read published content only through {@link DeliveryService}.
 */
public final class Portal {
    final DeliveryService delivery;
    final PreviewService preview;
    final SlugResolver slugs;
    final eu.innco.i18n.LocaleResolver resolver;
    final Messages messages;
    final ContentTypeRegistry types;
    final SiteLocales site;
    final Templates templates;
    final StaticFiles files;
    final PortalSettings settings;
    final DependentCache<Rendered> cache;
    final Layout layout;
    final GuidePdf pdf;
    final eu.innco.checkup.CheckupStore checkups;
    /** Check-ups started per client address and hour ({@code INNCO_CHECKUP_STARTS_PER_HOUR}). */
    final eu.innco.checkup.SharedStartLimit checkupStarts;
    final PublicAddress address;
    final java.nio.file.Path lightModules;
    final eu.innco.reach.Reach reach;
    final ImageSources images;
    /** What pages read, kept with what it was read from; the bound is about the bytes of the JSON they came from. */
    final Reads reads;

    public Portal(Services s, Templates templates, StaticFiles files) {
        this.delivery = s.delivery;
        this.preview = s.preview;
        this.slugs = s.languages.slugs;
        this.resolver = s.languages.resolver;
        this.messages = s.languages.messages;
        this.types = s.types;
        this.site = s.locales;
        this.templates = templates;
        this.files = files;
        this.settings = PortalSettings.from(s.config.settings());
        this.cache = new DependentCache<>(settings.cacheMegabytes() * 1024L * 1024L, delivery::generation);
        DependentCache<Object> kept = new DependentCache<>(16L * 1024 * 1024, delivery::generation);
        this.reads = new Reads(kept);
        delivery.onChange(cache::changed);
        delivery.onChange(kept::changed);
        this.layout = new Layout(this);
        this.checkups = s.checkups;
        this.checkupStarts = new eu.innco.checkup.SharedStartLimit(s.repository, s.config.settings().getInt("INNCO_CHECKUP_STARTS_PER_HOUR", 30), s.clock);
        this.address = s.publicAddress;
        this.pdf = new GuidePdf(this, s.lightModules, s.assets);
        this.lightModules = s.lightModules;
        this.reach = s.reach;
        s.pageCache.from(() -> cache.hits() + pdf.cache().hits(), () -> cache.misses() + pdf.cache().misses());
        this.images = new ImageSources(s.assets.renditions().definition().widths());
    }

    /**
     * One item's page: found by its slug in the page's locale (another locale's slug or a node name
     * redirects), built by {@code view}, with its address in every language for the switcher and hreflang.
     */
    Response item(String locale, String slug, UriInfo uri, String ifNoneMatch, Sections section,
                  java.util.function.BiFunction<PortalCall, com.fasterxml.jackson.databind.JsonNode, View> view) {
        return respond(locale, uri, ifNoneMatch, itemPage(slug, section, view));
    }

    /** The page of the item with {@code slug} in {@code section}: for Jersey and for the fast path of item pages alike. */
    Function<PortalCall, Rendered> itemPage(String slug, Sections section,
                                            java.util.function.BiFunction<PortalCall, com.fasterxml.jackson.databind.JsonNode, View> view) {
        return call -> {
            ItemLookup.Found f = ItemLookup.find(call, section, slug);
            if (f.redirect() != null) return Rendered.moved(f.redirect());
            View v = view.apply(call, f.json());
            if (v.ogImage == null && !section.single()) v.ogImage = ShareImages.address(section, call.locale, f.json().path("@name").asText());
            ItemLookup.addresses(call, section, f.json(), v);
            return layout.page(call, v);
        };
    }

    /**
     * Answers a page of a locale: from the cache when nothing it shows was published since it was
     * rendered, else rendered by {@code page} (once for all the requests that ask at the same time);
     * 304 when the client holds the same bytes. Pages must read published content through
     * {@link Queries} and {@link ItemLookup} (or note it with {@link PortalCall#dependsOn}), which
     * tell the cache what the page is made from.
     */
    Response respond(String locale, UriInfo uri, String ifNoneMatch, Function<PortalCall, Rendered> page) {
        if (locale == null) locale = site.defaultLocale();
        else if (!site.contains(locale)) throw new NotFoundException();
        PortalCall call = new PortalCall(this, locale, uri, delivery.generation(), false);
        return answer(rendered(call, page), ifNoneMatch, call.base);
    }

    /** The page of {@code call}: kept, else rendered by {@code page} and kept when it may be; a localised 404 for {@link PortalNotFound}. */
    Rendered rendered(PortalCall call, Function<PortalCall, Rendered> page) {
        String key = key(call.base, call.path(), call.uri.getRequestUri().getRawQuery());
        return cache.get(key, () -> {
            Rendered made;
            try {
                made = page.apply(call);
            } catch (PortalNotFound e) {
                made = layout.error(call, 404);
            }
            boolean keep = made.status() == 200 || made.status() == 301;
            return keep ? Made.of(made, call.dependencies(), made.body().length) : Made.once(made);
        }).value();
    }

    /** The site locale for a visitor arriving at {@code /}. */
    String slugsLocale(String acceptLanguage) {
        return resolver.fromHeader(acceptLanguage).locale();
    }

    /** The page cache's key of an address: the site's public address, the raw path and the raw query. */
    static String key(String base, String rawPath, String rawQuery) {
        return base + rawPath + "?" + nz(rawQuery);
    }

    /** The site's public address (see {@link PublicAddress}); never taken from a request. */
    String base() {
        return address.base();
    }

    Response answer(Rendered r, String ifNoneMatch, String base) {
        boolean notModified = r.status() == 200 && matches(ifNoneMatch, r.etag());
        Response.ResponseBuilder b = notModified ? Response.notModified() : Response.status(r.status());
        headers(r, notModified, base).forEach(b::header);
        if (!notModified && r.location() == null) b.type(r.type()).entity(r.body());
        return b.build();
    }

    /** The headers of an answer (other than security headers), the same from Jersey and from the fast path. */
    java.util.Map<String, String> headers(Rendered r, boolean notModified, String base) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
        String cacheControl = "public, max-age=" + settings.maxAgeSeconds();
        if (r.location() != null) {
            h.put("Location", base + r.location());
            h.put("Cache-Control", cacheControl);
            return h;
        }
        h.put("ETag", r.etag());
        h.put("Cache-Control", r.status() == 200 ? cacheControl : "no-cache");
        return h;
    }

    /** The one If-None-Match rule of the portal and the delivery API. */
    static boolean matches(String ifNoneMatch, String etag) {
        return EntityTags.notModified(ifNoneMatch, etag);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
