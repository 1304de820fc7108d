package eu.innco.checkup;

import java.util.Map;

/**
 * One participant's answers: statement id to a value from 1 ("strongly disagree") to 5 ("strongly
 * agree"), or {@link #DONT_KNOW}; {@code revision} counts the saves, so a form sent twice is seen.
 */
public record Response(String locale, long revision, Map<String, Integer> answers) {
    public static final int DONT_KNOW = 0;

    public Response {
        answers = Map.copyOf(answers);
    }

    public static Response none() {
        return new Response("", 0, Map.of());
    }
}
