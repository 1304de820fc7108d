package eu.innco.delivery;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.innco.FuzzProperty;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Delivery list parameters, as a client writes them ({@code events?city[like]=%Ly%&orderBy=startDate desc}),
 * through the filter and sort parsers and then searched on a small index: every input is either
 * answered or refused as a 400, never an unexpected exception, never a hang. The corpus is in
 * {@code DeliveryQueryFuzzTestInputs/query/}, one query per file.
 */
class DeliveryQueryFuzzTest {
    static DeliveryIndex index;

    @BeforeAll
    static void build() {
        index = DeliveryIndex.open(null, DeliveryQueryParserTest.ANALYZERS);
        ItemProjection p = new ItemProjection(NodeRendererTest.R);
        EndpointDefinition events = DeliveryQueryParserTest.EVENTS;
        index.add(p.documents(events, DeliveryQueryParserTest.event("lyon-seminar", "Lyon", 25, "2022-03-14T09:00:00Z", "Seminar on cooperation"), Targets.NONE));
        index.add(p.documents(events, DeliveryQueryParserTest.event("poznan-workshop", "Poznań", 40, "2023-06-01T08:00:00Z", "Workshops in Poznań"), Targets.NONE));
        index.add(p.documents(events, DeliveryQueryParserTest.event("athens-call", "Athens*", 5, "2024-01-10T10:00:00Z", "Video call"), Targets.NONE));
        index.commit("fuzz");
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @FuzzTest(maxDuration = "25s")
    void query(byte[] input) throws Exception {
        String text = new String(input, StandardCharsets.UTF_8);
        int question = text.indexOf('?');
        String endpointName = question < 0 ? "events" : text.substring(0, question);
        EndpointDefinition ep = NodeRendererTest.ENDPOINTS.get(endpointName).orElse(DeliveryQueryParserTest.EVENTS);
        Map<String, List<String>> params = params(question < 0 ? text : text.substring(question + 1));
        String lang = DeliveryQueryParser.first(params, "lang");
        String locale = lang != null && NodeRendererTest.SITE.contains(lang) ? lang : NodeRendererTest.SITE.defaultLocale();
        FuzzProperty.holds(() -> IndexSearch.page(index, DeliveryQueryParserTest.PARSER.parse(ep, locale, params), false));
    }

    /** {@code a=1&b[like]=x&a=2}, split as a server splits a decoded query string; a key without '=' has an empty value. */
    static Map<String, List<String>> params(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query.isEmpty()) return params;
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(eq < 0 ? "" : pair.substring(eq + 1));
        }
        return params;
    }
}
