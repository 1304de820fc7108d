package eu.innco.content;

import eu.innco.contenttype.field.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a create or replace asks for, already read into typed values: the node name and source
 * locale when given, the property values, the translation states asked for, and what could not be
 * read (reported together with the broken rules, so a client hears of every problem at once).
 * Reading happens before the repository transaction; the transaction only judges and writes.
 *
 * @param messages the language of the validation messages: English for the API, the user's
 *                 interface language in the editor (passed here, not kept per thread)
 */
public record ItemWrite(Optional<String> name, Optional<String> sourceLocale, ItemValues values, AskedStates states,
                        List<Violation> unreadable, Locale messages) {
    public ItemWrite {
        unreadable = List.copyOf(unreadable);
    }

    /** Values alone, with no name, source locale or state asked for; messages in English. */
    public static ItemWrite of(ItemValues values) {
        return new ItemWrite(Optional.empty(), Optional.empty(), values, AskedStates.NONE, List.of(), Locale.ENGLISH);
    }

    public ItemWrite withSourceLocale(String locale) {
        return new ItemWrite(name, Optional.of(locale), values, states, unreadable, messages);
    }

    public ItemWrite withMessages(Locale locale) {
        return new ItemWrite(name, sourceLocale, values, states, unreadable, locale);
    }

    /** The reading problems followed by those found later, in the order a client reads them. */
    List<Violation> unreadableAnd(List<Violation> more) {
        List<Violation> out = new ArrayList<>(unreadable);
        out.addAll(more);
        return out;
    }
}
