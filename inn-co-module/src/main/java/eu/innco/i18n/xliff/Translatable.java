package eu.innco.i18n.xliff;

import eu.innco.contenttype.PropertyDefinition;

/** Which localised values go to translators: text and rich text, not option codes, numbers or dates. */
final class Translatable {
    private Translatable() {}

    static boolean is(PropertyDefinition p) {
        if (p.isSubModel() || !p.i18n() || eu.innco.content.LocalisedFields.derived(p)) return false;
        return switch (p.fieldType().kind()) {
            case RICH_TEXT -> true;
            // option values are codes the site shows through their labels, not prose
            case TEXT -> !p.rules().hasOptions();
            case EMAIL, BOOLEAN, LONG, DOUBLE, DECIMAL, DATE, REFERENCE, ASSET, GEO -> false;
        };
    }

    static boolean isRich(PropertyDefinition p) {
        return !p.isSubModel() && p.fieldType().kind() == eu.innco.contenttype.field.FieldKind.RICH_TEXT;
    }
}
