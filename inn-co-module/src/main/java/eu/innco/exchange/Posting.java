package eu.innco.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * What a member writes in an offer or a need, as checked values: the texts in {@code locale} (the
 * member's language for a new item), the category, NACE sections, countries served or remote,
 * working languages and the last day it is valid.
 */
public record Posting(Kind kind, String locale, String title, String description, String category, List<String> sectors,
                      List<String> countries, boolean remote, List<String> languages, LocalDate validUntil) {
    public Posting {
        sectors = List.copyOf(sectors);
        countries = List.copyOf(countries);
        languages = List.copyOf(languages);
    }
}
