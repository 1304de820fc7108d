package eu.innco.exchange.initiatives;

import java.util.List;

/** What a member writes when proposing an initiative; dates are {@code yyyy-mm-dd} or empty. */
public record InitiativeFields(String title, String goal, String impact, List<String> kinds, List<String> skills, List<String> countries,
                               String startDate, String endDate) {
    public InitiativeFields {
        title = title == null ? "" : title.strip();
        goal = goal == null ? "" : goal.strip();
        impact = impact == null ? "" : impact.strip();
        kinds = List.copyOf(kinds);
        skills = List.copyOf(skills);
        countries = List.copyOf(countries);
        startDate = startDate == null ? "" : startDate.strip();
        endDate = endDate == null ? "" : endDate.strip();
    }
}
