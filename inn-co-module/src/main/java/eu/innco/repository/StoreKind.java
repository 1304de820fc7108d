package eu.innco.repository;

import java.util.Arrays;
import java.util.Locale;

/** Which Oak node store holds the content. */
public enum StoreKind {
    /** TarMK segment store in {@code $INNCO_HOME/repository}: the embedded default. */
    SEGMENT,
    /** In memory, gone at stop: tests and trials. */
    MEMORY,
    /** DocumentNodeStore on PostgreSQL through Oak's RDB document store: several nodes share it. */
    POSTGRES;

    public static StoreKind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("INNCO_STORE must be one of "
                    + Arrays.stream(values()).map(StoreKind::label).toList() + ", got '" + text + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
