package eu.innco.web.portal;

import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.PreviewService;
import eu.innco.i18n.SiteLocales;
import eu.innco.i18n.messages.Messages;
import eu.innco.i18n.slug.SlugResolver;
import eu.innco.web.Services;
import eu.innco.web.StaticFiles;
import eu.innco.web.Templates;
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
    final PageCache cache;
    final Layout layout;
    final GuidePdf pdf;
    final eu.innco.checkup.CheckupStore checkups;
    /** Check-ups started per client address and hour ({@code INNCO_CHECKUP_STARTS_PER_HOUR}). */
    final eu.innco.checkup.SharedStartLimit checkupStarts;
    final PublicAddress address;
    final java.nio.file.Path lightModules;
    final eu.innco.reach.Reach reach;
    final ImageSources images;
    /** Reads kept per delivery generation; the bound is about the bytes of the JSON they came from. */
    final Reads reads = new Reads(16L * 1024 * 1024);

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
        this.cache = new PageCache(settings.cacheMegabytes());
        this.layout = new Layout(this);
        this.checkups = s.checkups;
        this.checkupStarts = new eu.innco.checkup.SharedStartLimit(s.repository, s.config.settings().getInt("INNCO_CHECKUP_STARTS_PER_HOUR", 30), s.clock);
        this.address = s.publicAddress;
        this.pdf = new GuidePdf(this, s.lightModules, s.assets);
        this.lightModules = s.lightModules;
        this.reach = s.reach;
        this.images = new ImageSources(s.assets.renditions().definition().widths());
    }

    /**
     * Answers a page of a locale: from the cache when nothing was published since it was rendered,
     * else rendered by {@code page}; 304 when the client holds the same bytes.
     */
    /**
     * One item's page: found by its slug in the page's locale (another locale's slug or a node name
     * redirects), built by {@code view}, with its address in every language for the switcher and hreflang.
     */
    Response item(String locale, String slug, UriInfo uri, String ifNoneMatch, Sections section,
                  java.util.function.BiFunction<PortalCall, com.fasterxml.jackson.databind.JsonNode, View> view) {
        return respond(locale, uri, ifNoneMatch, call -> {
            ItemLookup.Found f = ItemLookup.find(call, section, slug);
            if (f.redirect() != null) return Rendered.moved(f.redirect());
            View v = view.apply(call, f.json());
            if (v.ogImage == null && !section.single()) v.ogImage = ShareImages.address(section, call.locale, f.json().path("@name").asText());
            ItemLookup.addresses(call, section, f.json(), v);
            return layout.page(call, v);
        });
    }

    Response respond(String locale, UriInfo uri, String ifNoneMatch, Function<PortalCall, Rendered> page) {
        if (locale == null) locale = site.defaultLocale();
        else if (!site.contains(locale)) throw new NotFoundException();
        long generation = delivery.generation();
        PortalCall call = new PortalCall(this, locale, uri, generation, false);
        String key = key(call.base, uri.getRequestUri().getRawPath(), uri.getRequestUri().getRawQuery());
        Rendered r = cache.get(key, generation).orElse(null);
        if (r == null) {
            try {
                r = page.apply(call);
            } catch (PortalNotFound e) {
                r = layout.error(call, 404);
            }
            if (r.status() == 200 || r.status() == 301) cache.put(key, generation, r);
        }
        return answer(r, ifNoneMatch, call.base);
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

    /** RFC 9110's weak comparison over the listed tags. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) return false;
        for (String t : ifNoneMatch.split(",")) {
            String s = t.trim();
            if (s.equals("*") || (s.startsWith("W/") ? s.substring(2) : s).equals(etag)) return true;
        }
        return false;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
