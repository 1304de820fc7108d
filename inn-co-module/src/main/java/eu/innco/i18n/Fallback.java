package eu.innco.i18n;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Picks a localised value along a fallback chain: the first locale of the chain that has one. */
public final class Fallback {
    /** A value and the locale it came from (which differs from the asked locale when it fell back). */
    public record Picked<T>(String locale, T value) {}

    private Fallback() {}

    public static <T> Optional<Picked<T>> pick(Map<String, T> byLocale, List<String> chain) {
        if (byLocale == null) return Optional.empty();
        for (String l : chain) {
            T v = byLocale.get(l);
            if (v != null) return Optional.of(new Picked<>(l, v));
        }
        return Optional.empty();
    }
}
