package eu.innco.web.portal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of the portal's frame that depend only on the page's language and section (the main
 * navigation with the search form, the footer), rendered once per language and section and put
 * into every page as they are. They read interface texts, the licence and fingerprinted file
 * addresses, which stay the same while the server runs, and nothing published. A changed template
 * (templates are reread after a change, for designers) is a new key. The section is one of the
 * navigation's (the others mark nothing, so they share the empty one): the number of keys is
 * bounded whatever addresses are asked for.
 */
final class FrameFragments {
    static final Set<String> SECTIONS = Set.of("case-studies", "organisations", "map", "exchange", "guide", "check-up", "materials", "events",
            "about");
    private final Portal portal;
    private final Map<String, String> kept = new ConcurrentHashMap<>();

    FrameFragments(Portal portal) {
        this.portal = portal;
    }

    /** Adds {@code frameNav} and {@code frameFooter} to the model of a page of {@code call}'s language in {@code section}. */
    void into(Map<String, Object> model, PortalCall call, String section) {
        String nav = SECTIONS.contains(section) ? section : "";
        try {
            model.put("frameNav", fragment("portal/frame-nav.ftlh", call, nav, model));
            model.put("frameFooter", fragment("portal/frame-footer.ftlh", call, "", model));
        } catch (IllegalStateException e) {
            // a site's own light-modules folder from before the fragments: its layout.ftlh has the frame inline and needs none
            model.remove("frameNav");
        }
    }

    private String fragment(String template, PortalCall call, String section, Map<String, Object> model) {
        String key = template + "|" + portal.templates.version(template) + "|" + call.locale + "|" + section;
        String html = kept.get(key);
        if (html != null) return html;
        Map<String, Object> m = new HashMap<>();
        m.put("lang", call.locale);
        m.put("section", section);
        m.put("t", model.get("t"));
        m.put("res", model.get("res"));
        m.put("licence", model.get("licence"));
        html = eu.innco.web.KeptUtf8.keep(portal.templates.render(template, m)); // written into every page: its bytes kept too
        if (kept.size() < 1000) kept.putIfAbsent(key, html); // a designer editing templates makes new keys: not without end
        return html;
    }
}
