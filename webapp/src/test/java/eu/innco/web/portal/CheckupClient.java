package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.Http;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check-up driven over HTTP as a browser without JavaScript would: forms posted, redirects read,
 * pages parsed; and the expected results worked out here, from the answers given and the
 * statements' conditions as the delivery API publishes them (not from the server's code).
 */
final class CheckupClient {
    static final String FORM = "application/x-www-form-urlencoded";
    final Http http;

    CheckupClient(Http http) {
        this.http = http;
    }

    /** Starts a check-up; returns the organiser's path. */
    String create(String locale, String name) {
        Http.Res r = http.send("POST", "/" + locale + "/check-up", "name=" + enc(name), FORM);
        assertEquals(303, r.status(), r.body());
        return path(r.header("Location"));
    }

    /** The participants' path shown on the organiser's page. */
    String participantPath(String organiserPath) {
        String html = http.get(organiserPath, "Accept", "text/html").body();
        Matcher m = Pattern.compile("id=\"participant-link\" type=\"text\" readonly value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), html);
        return path(m.group(1));
    }

    /** A fresh questionnaire: the participant token and revision its form carries, and the statements it asks. */
    record Form(String token, long revision, List<String> statements) {}

    Form open(String path) {
        Http.Res r = http.get(path, "Accept", "text/html");
        assertEquals(200, r.status(), r.body());
        return form(r.body());
    }

    static Form form(String html) {
        Matcher t = Pattern.compile("name=\"respondent\" value=\"([^\"]+)\"").matcher(html);
        Matcher v = Pattern.compile("name=\"revision\" value=\"([0-9]+)\"").matcher(html);
        assertTrue(t.find() && v.find(), html);
        List<String> ids = new ArrayList<>();
        Matcher s = Pattern.compile("name=\"s-([0-9a-f-]{36})\" value=\"1\"").matcher(html);
        while (s.find()) ids.add(s.group(1));
        return new Form(t.group(1), Long.parseLong(v.group(1)), ids);
    }

    Http.Res send(String participantPath, String token, long revision, Map<String, String> answers, String... headers) {
        StringBuilder b = new StringBuilder("respondent=" + enc(token) + "&revision=" + revision);
        answers.forEach((id, value) -> b.append("&s-").append(id).append('=').append(enc(value)));
        return http.send("POST", participantPath, b.toString(), FORM, headers);
    }

    /** The results table of a page: condition number to {score, spread} as shown. */
    static Map<Integer, List<String>> table(String html) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<tr data-condition=\"([0-9])\">.*?<td class=\"score\">([^<]*)</td><td class=\"spread\">([^<]*)</td>").matcher(html);
        while (m.find()) out.put(Integer.parseInt(m.group(1)), List.of(m.group(2), m.group(3)));
        return out;
    }

    /** Statement id to the number of its condition, from the public delivery API. */
    static Map<String, Integer> conditionOf(Http http) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (JsonNode c : http.get("/.rest/delivery/successConditions?limit=10").json().path("results")) {
            numbers.put(c.path("@id").asText(), c.path("number").asInt());
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (JsonNode s : http.get("/.rest/delivery/checkupStatements?limit=100").json().path("results")) {
            JsonNode c = s.path("condition");
            out.put(s.path("@id").asText(), numbers.get(c.isObject() ? c.path("@id").asText() : c.asText()));
        }
        return out;
    }

    /**
     * The expected score and spread per condition: each person's mean over the condition's
     * statements they rated 1-5, then the mean and the population standard deviation of those
     * means, two decimals rounded half up, with the decimal separator of {@code decimalSeparator}.
     */
    static Map<Integer, List<String>> expected(Map<String, Integer> conditionOf, List<Map<String, String>> people, char decimalSeparator) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        for (int c = 1; c <= 5; c++) {
            List<Double> means = new ArrayList<>();
            for (Map<String, String> person : people) {
                double sum = 0;
                int n = 0;
                for (var e : person.entrySet()) {
                    if (conditionOf.get(e.getKey()) != c || e.getValue().equals("dk")) continue;
                    sum += Integer.parseInt(e.getValue());
                    n++;
                }
                if (n > 0) means.add(sum / n);
            }
            if (means.size() < 3) continue;
            double mean = means.stream().mapToDouble(x -> x).average().orElseThrow();
            double var = means.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / means.size();
            out.put(c, List.of(round(mean, decimalSeparator), round(Math.sqrt(var), decimalSeparator)));
        }
        return out;
    }

    /** Each condition's group score, unrounded, where at least three people rated it. */
    static Map<Integer, Double> scores(Map<String, Integer> conditionOf, List<Map<String, String>> people) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int c = 1; c <= 5; c++) {
            List<Double> means = new ArrayList<>();
            for (Map<String, String> person : people) {
                double sum = 0;
                int n = 0;
                for (var e : person.entrySet()) {
                    if (conditionOf.get(e.getKey()) != c || e.getValue().equals("dk")) continue;
                    sum += Integer.parseInt(e.getValue());
                    n++;
                }
                if (n > 0) means.add(sum / n);
            }
            if (means.size() >= 3) out.put(c, means.stream().mapToDouble(x -> x).average().orElseThrow());
        }
        return out;
    }

    static String round(double v, char sep) {
        return new BigDecimal(Double.toString(v)).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', sep);
    }

    static String path(String location) {
        return java.net.URI.create(location).getRawPath() + (java.net.URI.create(location).getRawQuery() == null ? "" : "?" + java.net.URI.create(location).getRawQuery());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
