package eu.innco.checkup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group's results. A participant's score for a condition is the mean of their answers (1 to 5) to
 * its statements, "don't know" left out; the group's score is the mean of the participants' scores
 * (each person weighs the same, however many statements they answered) and the spread is their
 * standard deviation (0: everyone agrees; about 2: the group is split between the ends of the scale).
 * Nothing is shown before {@link #MIN_RESPONDENTS} people answered, nor for a condition fewer than
 * that many people answered with a value, so no one's answers can be told from the results.
 */
public final class Scores {
    public static final int MIN_RESPONDENTS = 3;
    private static final double SAME = 1e-9;

    private Scores() {}

    /** A condition and its statements' ids, in the order they are asked. */
    public record ConditionStatements(String conditionId, List<String> statementIds) {}

    /** One statement's mean over the people who gave it a value, when enough did. */
    public record StatementScore(String statementId, int respondents, Optional<Double> mean) {}

    public record ConditionScore(String conditionId, int respondents, Optional<Double> score, Optional<Double> spread,
                                 List<StatementScore> statements) {}

    /** {@code shown} is false below the anonymity threshold: then no score of any kind is given. */
    public record Results(int respondents, boolean shown, List<ConditionScore> conditions, List<String> weakest, List<String> mostDivided) {}

    public static Results of(List<ConditionStatements> model, List<Response> responses) {
        List<Response> answered = responses.stream().filter(r -> !r.answers().isEmpty()).toList();
        if (answered.size() < MIN_RESPONDENTS) return new Results(answered.size(), false, List.of(), List.of(), List.of());
        List<ConditionScore> out = new ArrayList<>();
        for (ConditionStatements c : model) out.add(condition(c, answered));
        return new Results(answered.size(), true, out, extreme(out, true), extreme(out, false));
    }

    private static ConditionScore condition(ConditionStatements c, List<Response> answered) {
        List<Double> people = new ArrayList<>();
        for (Response r : answered) mean(values(r, c.statementIds())).ifPresent(people::add);
        List<StatementScore> statements = new ArrayList<>();
        for (String s : c.statementIds()) {
            List<Double> v = new ArrayList<>();
            for (Response r : answered) values(r, List.of(s)).forEach(v::add);
            statements.add(new StatementScore(s, v.size(), v.size() >= MIN_RESPONDENTS ? mean(v) : Optional.empty()));
        }
        if (people.size() < MIN_RESPONDENTS) return new ConditionScore(c.conditionId(), people.size(), Optional.empty(), Optional.empty(), statements);
        double m = mean(people).orElseThrow();
        double variance = people.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / people.size();
        return new ConditionScore(c.conditionId(), people.size(), Optional.of(m), Optional.of(Math.sqrt(variance)), statements);
    }

    private static List<Double> values(Response r, List<String> statementIds) {
        List<Double> v = new ArrayList<>();
        for (String s : statementIds) {
            Integer a = r.answers().get(s);
            if (a != null && a >= 1 && a <= 5) v.add((double) a);
        }
        return v;
    }

    private static Optional<Double> mean(List<Double> v) {
        return v.isEmpty() ? Optional.empty() : Optional.of(v.stream().mapToDouble(Double::doubleValue).sum() / v.size());
    }

    /** The lowest-scoring conditions (weakest) or the ones with the widest spread (most divided), ties included. */
    private static List<String> extreme(List<ConditionScore> scores, boolean weakest) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (ConditionScore c : scores) (weakest ? c.score() : c.spread()).ifPresent(x -> v.put(c.conditionId(), weakest ? -x : x));
        if (v.isEmpty()) return List.of();
        double best = v.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (!weakest && best < SAME) return List.of();
        return v.entrySet().stream().filter(e -> e.getValue() > best - SAME).map(Map.Entry::getKey).toList();
    }
}
