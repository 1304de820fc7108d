package eu.innco.web;

/** The text of {@code java -jar inn-co.jar help}. */
final class Help {
    static final String COMMANDS = "serve, create-user, export, import, export-sse, xliff-export, xliff-import, reindex, generate, loadgen, backup, restore, help";

    static final String TEXT = """
            INN-CO Publishing: a headless CMS for the INN-CO partnership.

            Usage: java -jar inn-co.jar [command] [options]

            Commands:
              serve          Start the server (the default). Listens on INNCO_PORT (8080).
              create-user    Create a user: create-user <name> --role editor[,translator]
                               [--partner <organisation id>] [--locales fr,pl] [--all-content]
                             The password is read from INNCO_NEW_USER_PASSWORD, or generated and printed once.
              export         Write items as content-exports files: export [--type T] [--path P] DIR
              import         Import a folder of content-exports files, all or nothing: import [--dry-run] DIR
              export-sse     Write the organisations as an SSE data standard CSV: export-sse FILE
              xliff-export   Write an XLIFF 2.0 translators' file: xliff-export --locale pl [--source en] [--type T]
                               [--items id,id] [--states missing,draft,outdated] FILE
              xliff-import   Import a translated XLIFF 2 file, all accepted units in one commit: xliff-import FILE
              loadgen        Measure an HTTP server: loadgen --url U --path P [--method POST --body B]
                               [--header 'Name: value'] --connections C (--requests N | --duration S) [--warmup S]
                               [--warmup-path P (the warm-up's GETs go there)]
                             {n} in a path or body is replaced by the request number, {n:W} by the same
                             zero-padded to W digits (see docs/benchmarks.md).
              reindex        Rebuild the delivery index ($INNCO_HOME/index) from the published content (server stopped).
              generate       Write and publish benchmark content: generate --items N [--members M] [--exchange N] [--seed S]
                             (half organisations across Europe, half case studies, seven locales).
              backup         Copy the segment store, consistent, into a new or empty folder: backup DIR
                             (while the server runs: it asks the server, which goes on serving).
              restore        Make a backup the segment store of INNCO_HOME (server stopped): restore [--replace] DIR
              help           Show this text.

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
