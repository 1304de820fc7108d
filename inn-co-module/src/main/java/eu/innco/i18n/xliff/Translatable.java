package eu.innco.i18n.xliff;

import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.RichTextField;
import eu.innco.contenttype.field.StringField;

/** Which localised values go to translators: text and rich text, not option codes, numbers or dates. */
final class Translatable {
    private Translatable() {}

    static boolean is(PropertyDefinition p) {
        if (p.isSubModel() || !p.i18n() || eu.innco.content.LocalisedFields.derived(p)) return false;
        return isRich(p) || (p.fieldType() instanceof StringField && !p.rules().hasOptions());
    }

    static boolean isRich(PropertyDefinition p) {
        return !p.isSubModel() && p.fieldType() instanceof RichTextField;
    }
}
