package eu.innco.checkup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The public barometer: which conditions groups find hardest, from the check-ups whose organisers
 * opted in. Each check-up with results counts once (its group scores, never a person's answers);
 * a slice (all, a country, a language) shows the mean of its check-ups' scores per condition, and
 * nothing at all when fewer than {@link #MIN_CHECKUPS} check-ups fall in it (nor for a condition
 * fewer than that many of them could score).
 */
public final class Barometer {
    public static final int MIN_CHECKUPS = 5;

    private Barometer() {}

    /** A slice's mean score per condition id (absent where no check-up of the slice had one) and how many check-ups it holds. */
    public record Slice(String key, int checkups, Map<String, Double> scores) {}

    public record Figures(Optional<Slice> all, List<Slice> byCountry, List<Slice> byLanguage) {}

    public static Figures of(List<Scores.ConditionStatements> model, List<CheckupStore.Contribution> contributions) {
        List<Scored> scored = new ArrayList<>();
        for (CheckupStore.Contribution c : contributions) {
            Scores.Results r = Scores.of(model, c.responses());
            if (!r.shown()) continue;
            Map<String, Double> s = new LinkedHashMap<>();
            for (Scores.ConditionScore cs : r.conditions()) cs.score().ifPresent(x -> s.put(cs.conditionId(), x));
            scored.add(new Scored(c.country(), c.locale(), s));
        }
        Optional<Slice> all = slice("", scored, model);
        return new Figures(all, slices(scored, Scored::country, model), slices(scored, Scored::locale, model));
    }

    private record Scored(String country, String locale, Map<String, Double> scores) {}

    private static List<Slice> slices(List<Scored> scored, Function<Scored, String> by, List<Scores.ConditionStatements> model) {
        Map<String, List<Scored>> groups = new java.util.TreeMap<>();
        for (Scored s : scored) if (!by.apply(s).isEmpty()) groups.computeIfAbsent(by.apply(s), k -> new ArrayList<>()).add(s);
        List<Slice> out = new ArrayList<>();
        groups.forEach((k, v) -> slice(k, v, model).ifPresent(out::add));
        return out;
    }

    private static Optional<Slice> slice(String key, List<Scored> members, List<Scores.ConditionStatements> model) {
        if (members.size() < MIN_CHECKUPS) return Optional.empty();
        Map<String, Double> means = new LinkedHashMap<>();
        for (Scores.ConditionStatements c : model) {
            double sum = 0;
            int n = 0;
            for (Scored s : members) {
                Double x = s.scores().get(c.conditionId());
                if (x != null) {
                    sum += x;
                    n++;
                }
            }
            if (n >= MIN_CHECKUPS) means.put(c.conditionId(), sum / n);
        }
        return Optional.of(new Slice(key, members.size(), means));
    }
}
