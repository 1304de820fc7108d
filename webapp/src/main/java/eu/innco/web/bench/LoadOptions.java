package eu.innco.web.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the load generator sends: {@code --url --path --method --body --header --connections --requests --duration --warmup --warmup-path}. */
public record LoadOptions(String baseUrl, List<String> paths, String method, String body, Map<String, String> headers,
                          int connections, long requests, long durationSeconds, long warmupSeconds, String warmupPath) {

    public static LoadOptions parse(List<String> args) {
        String url = "http://127.0.0.1:8080";
        List<String> paths = new ArrayList<>();
        String method = "GET";
        String body = null;
        Map<String, String> headers = new LinkedHashMap<>();
        int connections = 8;
        long requests = 0;
        long duration = 0;
        long warmup = 0;
        String warmupPath = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String v = i + 1 < args.size() ? args.get(i + 1) : null;
            if (v == null) throw new IllegalArgumentException(a + " needs a value");
            switch (a) {
                case "--url" -> url = v.replaceAll("/+$", "");
                case "--path" -> paths.add(v);
                case "--method" -> method = v;
                case "--body" -> body = v;
                case "--header" -> {
                    int colon = v.indexOf(':');
                    if (colon < 1) throw new IllegalArgumentException("--header needs Name: value");
                    headers.put(v.substring(0, colon).trim(), v.substring(colon + 1).trim());
                }
                case "--connections" -> connections = Integer.parseInt(v);
                case "--requests" -> requests = Long.parseLong(v);
                case "--duration" -> duration = Long.parseLong(v);
                case "--warmup" -> warmup = Long.parseLong(v);
                // warm the client and its connections on another address (a GET), so that a burst of writes starts warm
                case "--warmup-path" -> warmupPath = v;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
            i++;
        }
        if (paths.isEmpty()) paths.add("/.rest/health");
        if (requests <= 0 && duration <= 0) duration = 10;
        return new LoadOptions(url, List.copyOf(paths), method, body, headers, connections, requests, duration, warmup, warmupPath);
    }
}
