package eu.innco.validation;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The language of validation messages for the work running on this thread: English for the API,
 * the user's interface language in the editor, which runs its saves inside {@link #with}.
 */
public final class MessageLocale {
    private static final ThreadLocal<Locale> CURRENT = ThreadLocal.withInitial(() -> Locale.ENGLISH);

    private MessageLocale() {}

    public static Locale current() {
        return CURRENT.get();
    }

    public static <T> T with(Locale locale, Supplier<T> work) {
        Locale before = CURRENT.get();
        CURRENT.set(locale);
        try {
            return work.get();
        } finally {
            CURRENT.set(before);
        }
    }
}
