package eu.innco.web.portal;

import java.util.HashMap;
import java.util.Map;

/**
 * A workshop material's worksheet as a PDF in the page's language, made from its published content
 * with the guide's PDF machinery (embedded fonts, no outbound fetch), so that every material has
 * something to download and print even before a partner uploads files of its own.
 */
final class MaterialSheets {
    private MaterialSheets() {}

    static Rendered of(PortalCall call, String slug) {
        ItemLookup.Found f = ItemLookup.find(call, Sections.MATERIALS, slug);
        if (f.redirect() != null) return Rendered.moved(f.redirect() + ".pdf");
        Map<String, Object> item = call.item(f.json());
        Map<String, Object> m = new HashMap<>(call.helpers());
        m.put("lang", call.locale);
        m.put("item", item);
        m.put("address", call.abs(item.get("_url").toString()));
        return call.portal.pdf.pdf(call.portal.templates.render("portal/material-pdf.ftlh", m), call);
    }

    /** The worksheet's address beside the material's page. */
    static String address(Map<String, Object> item) {
        return item.get("_url") + ".pdf";
    }
}
