package eu.innco.i18n.slug;

/**
 * What a slug in a portal URL means: the item, the locale the slug belongs to (null when it matched
 * the item's node name), the slug the item has in the requested locale, and whether the request
 * should be redirected there (the slug belongs to another locale, or is not the item's slug any more).
 */
public record SlugMatch(String id, String name, String slugLocale, String canonicalSlug, boolean redirect) {}
