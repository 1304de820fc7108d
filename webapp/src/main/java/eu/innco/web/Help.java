package eu.innco.web;

/** What {@code java -jar inn-co.jar help} says beside the commands picocli lists. */
final class Help {
    /** The footer of {@code help}: the settings most often given (the README lists them all). */
    static final String CONFIGURATION = """
            Configuration (environment variables, -D system properties or $INNCO_HOME/innco.properties):
              INNCO_PORT             HTTP port (8080)
              INNCO_HOST             interface to listen on (0.0.0.0)
              INNCO_HOME             data folder (./var)
              INNCO_STORE            segment, memory or postgres (segment)
              INNCO_JDBC_URL         PostgreSQL JDBC URL, for INNCO_STORE=postgres
              INNCO_JDBC_USER        PostgreSQL user
              INNCO_JDBC_PASSWORD    PostgreSQL password
              INNCO_ADMIN_PASSWORD   password of the first admin (generated and printed once when unset)
              INNCO_LIGHT_MODULES    folder holding inn-co/ (the checkout's light-modules, else the packed copy)
              INNCO_CONTENT_EXPORTS  content imported on first start (the checkout's content-exports, else the packed copy)
              INNCO_MAX_BODY_BYTES   largest JSON request body (1048576)
              INNCO_DELIVERY_MAX_AGE       Cache-Control max-age of delivery answers, seconds (60)
              INNCO_CORS_ORIGINS           origins allowed to GET the delivery API from browsers (*)
              INNCO_RATE_LIMIT_PER_MINUTE  public requests per client IP and minute, 0 = off (6000)
              INNCO_RATE_LIMIT_BURST       requests a client may send at once (600)
              INNCO_BENCH_CEILING          serve /.bench/ceiling?bytes=N for benchmarks (false)
              INNCO_MIN_FREE_MB            writes are refused (503) below this free space in INNCO_HOME (64)
            """;

    private Help() {}
}
