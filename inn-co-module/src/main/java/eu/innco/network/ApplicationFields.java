package eu.innco.network;

import java.util.List;

/**
 * What an applicant writes: the organisation's public profile (name to website) and the contact
 * person (name and e-mail, never public).
 */
public record ApplicationFields(String name, String kind, String country, String city, Double lat, Double lon,
                                List<String> sectors, List<String> languages, String description, String website,
                                String contactName, String contactEmail) {
    public ApplicationFields {
        name = trim(name);
        kind = trim(kind);
        country = trim(country);
        city = trim(city);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        languages = languages == null ? List.of() : List.copyOf(languages);
        description = trim(description);
        website = trim(website);
        contactName = trim(contactName);
        contactEmail = trim(contactEmail).toLowerCase(java.util.Locale.ROOT);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /** Never prints the contact person. */
    @Override
    public String toString() {
        return "ApplicationFields[" + name + ", " + kind + ", " + country + ", " + city + "]";
    }
}
