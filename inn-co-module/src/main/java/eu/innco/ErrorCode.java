package eu.innco;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of every {@code code} a problem+json answer (or a command's refusal) can carry. The
 * wire form is the constant's name with "INNCO-" before it and dashes for underscores
 * ({@link #QUERY_001} is {@code INNCO-QUERY-001}), so a code cannot be spelt two ways. Clients
 * depend on these strings: a constant is never renamed, a new meaning gets a new constant. Each code
 * has one kind, hence one HTTP status, and one meaning; {@code docs/errors.md} lists them and
 * {@code ErrorCatalogueTest} keeps that table, and the sources, in step with this enum.
 */
public enum ErrorCode {
    ABUSE_001(ErrorKind.INVALID_INPUT, "a report names a kind of content that cannot be reported"),
    ABUSE_002(ErrorKind.INVALID_INPUT, "a moderation decision lacks its reason (3 to 1000 characters)"),
    ABUSE_003(ErrorKind.INVALID_INPUT, "a moderation decision is neither restore nor remove"),
    ABUSE_004(ErrorKind.INVALID_INPUT, "an abuse report's body is not a JSON object"),
    ABUSE_404(ErrorKind.NOT_FOUND, "there is nothing to report, or no report, under this id"),
    ABUSE_409(ErrorKind.CONFLICT, "the report was decided already"),

    ANNOTATIONS_404(ErrorKind.NOT_FOUND, "no website page at this path for template annotations"),

    ASSET_001(ErrorKind.INVALID_INPUT, "an image has no alt text"),
    ASSET_002(ErrorKind.PAYLOAD_TOO_LARGE, "an uploaded image has more pixels than INNCO_IMAGE_MAX_PIXELS"),
    ASSET_400(ErrorKind.INVALID_INPUT, "an upload has no file, or an empty one"),
    ASSET_402(ErrorKind.INVALID_INPUT, "an upload names a locale the site does not have"),
    ASSET_404(ErrorKind.NOT_FOUND, "the asset has no such file"),
    ASSET_413(ErrorKind.PAYLOAD_TOO_LARGE, "an uploaded file is larger than INNCO_MAX_UPLOAD_BYTES"),
    ASSET_415(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "an uploaded file is of a type not accepted"),

    BACKUP_001(ErrorKind.INVALID_INPUT, "backup asked of a store that is not the segment store"),
    BACKUP_002(ErrorKind.INVALID_INPUT, "the backup folder is not empty or cannot be used"),
    BACKUP_003(ErrorKind.UNAVAILABLE, "the backup failed while copying"),
    BACKUP_004(ErrorKind.INVALID_INPUT, "the folder to restore is not a backup"),
    BACKUP_005(ErrorKind.INVALID_INPUT, "restore without --replace into a home that holds a repository"),
    BACKUP_006(ErrorKind.CONFLICT, "restore while a server uses the repository"),
    BACKUP_007(ErrorKind.UNAVAILABLE, "the restore failed while copying"),

    CHECKUP_001(ErrorKind.NOT_FOUND, "a check-up link that is not valid (mistyped or deleted)"),
    CHECKUP_002(ErrorKind.INVALID_INPUT, "check-up answers that are not valid (unknown or too many fields)"),
    CHECKUP_003(ErrorKind.CONFLICT, "the check-up is closed to answers"),
    CHECKUP_004(ErrorKind.CONFLICT, "the answers were sent before (an older revision)"),
    CHECKUP_005(ErrorKind.INVALID_INPUT, "a participant token this server did not give out"),
    CHECKUP_006(ErrorKind.FORBIDDEN, "a check-up form sent from another site"),
    CHECKUP_007(ErrorKind.INVALID_INPUT, "no statement was answered"),
    CHECKUP_008(ErrorKind.INVALID_INPUT, "a deletion without its confirmation box ticked"),
    CHECKUP_009(ErrorKind.FORBIDDEN, "a participant asks for results the organiser has not shared"),
    CHECKUP_010(ErrorKind.TOO_MANY_REQUESTS, "too many check-ups started from one address"),

    CONCURRENCY_001(ErrorKind.PRECONDITION_REQUIRED, "a write without If-Match"),
    CONCURRENCY_002(ErrorKind.PRECONDITION_FAILED, "a write whose If-Match is not the item's current version"),

    DAM_404(ErrorKind.NOT_FOUND, "no published file with this id"),

    DEFINITION_001(ErrorKind.INVALID_INPUT, "broken content-type definitions"),
    DEFINITION_002(ErrorKind.INVALID_INPUT, "broken delivery endpoint or site definitions"),
    DEFINITION_003(ErrorKind.INVALID_INPUT, "broken message bundles or missing node types"),
    DEFINITION_004(ErrorKind.INVALID_INPUT, "broken webhook definitions"),
    DEFINITION_005(ErrorKind.INTERNAL, "the message bundles' folder cannot be read"),

    DELIVERY_001(ErrorKind.NOT_FOUND, "no published node at this path on the endpoint"),
    DELIVERY_404(ErrorKind.NOT_FOUND, "no delivery endpoint of this name"),
    DELIVERY_503(ErrorKind.UNAVAILABLE, "the server is busy making other lists and this one could not start in time"),

    EXCHANGE_001(ErrorKind.INVALID_INPUT, "an offer, need or initiative with invalid values or status"),
    EXCHANGE_002(ErrorKind.INVALID_INPUT, "lang is not a site language on the exchange"),
    EXCHANGE_003(ErrorKind.INVALID_INPUT, "limit is not a number from 1 to 50"),
    EXCHANGE_404(ErrorKind.NOT_FOUND, "no such offer, need, initiative or interest of this member"),
    EXCHANGE_409(ErrorKind.CONFLICT, "the initiative is held after an abuse report"),
    EXCHANGE_410(ErrorKind.CONFLICT, "a case study asked of an initiative that is not done"),
    EXCHANGE_411(ErrorKind.CONFLICT, "a case study was drafted from this initiative already"),
    EXCHANGE_429(ErrorKind.TOO_MANY_REQUESTS, "the member's posting limit for 24 hours is reached"),

    EXPORT_001(ErrorKind.INVALID_INPUT, "an export names an unknown content type"),
    EXPORT_002(ErrorKind.INVALID_INPUT, "an export's path prefix does not start with /"),

    GRAPHQL_001(ErrorKind.INVALID_INPUT, "a body or query string that is not a GraphQL request"),
    GRAPHQL_002(ErrorKind.INVALID_INPUT, "a GraphQL single-node field given both or neither of id and path"),
    GRAPHQL_003(ErrorKind.INVALID_INPUT, "lang: 'all' asked of GraphQL, whose types hold one value per property"),
    GRAPHQL_004(ErrorKind.INVALID_INPUT, "a GraphQL query nested deeper than allowed (a GraphQL error, answered with 200)"),
    GRAPHQL_005(ErrorKind.INVALID_INPUT, "a GraphQL query whose cost is over the limit (a GraphQL error, answered with 200)"),
    GRAPHQL_500(ErrorKind.INTERNAL, "a GraphQL field failed on the server (a GraphQL error, logged with its details)"),

    INDEX_001(ErrorKind.UNAVAILABLE, "the delivery index rebuild does not fit in the Java heap: start with a larger -Xmx"),

    IMPORT_001(ErrorKind.INVALID_INPUT, "an import refused as a whole for errors in its files"),
    IMPORT_002(ErrorKind.INVALID_INPUT, "no folder to import"),
    IMPORT_003(ErrorKind.INVALID_INPUT, "an uploaded import is not a usable zip archive"),
    IMPORT_004(ErrorKind.INVALID_INPUT, "a file of the import cannot be read"),
    IMPORT_005(ErrorKind.PAYLOAD_TOO_LARGE, "an import archive too large to import"),
    IMPORT_006(ErrorKind.INVALID_INPUT, "a Magnolia export that cannot come in as items: no content type keeps that workspace, or too many nodes"),

    INTERNAL_001(ErrorKind.INTERNAL, "the server failed; the detail gives a reference to its log"),

    ITEM_001(ErrorKind.NOT_FOUND, "no item of this type with this id"),
    ITEM_002(ErrorKind.CONFLICT, "an item of this type has this name already"),

    LANG_001(ErrorKind.INVALID_INPUT, "lang is not a language tag"),
    LANG_002(ErrorKind.INVALID_INPUT, "lang is not a language of this site"),

    METRICS_001(ErrorKind.UNAUTHENTICATED, "the metrics address without its token"),

    NETWORK_404(ErrorKind.NOT_FOUND, "no such application or member organisation"),

    NEWSLETTER_001(ErrorKind.FORBIDDEN, "sending a newsletter without the publisher role or the campaign's editor"),

    PREVIEW_001(ErrorKind.NOT_FOUND, "no preview token with this id"),
    PREVIEW_002(ErrorKind.INVALID_INPUT, "a preview token's ttlSeconds is not valid"),
    PREVIEW_404(ErrorKind.NOT_FOUND, "no working copy, preview page or file at this address"),

    PUBLISH_001(ErrorKind.INVALID_INPUT, "the item cannot be published: values missing or invalid"),
    PUBLISH_002(ErrorKind.CONFLICT, "published items still refer to the item"),
    PUBLISH_003(ErrorKind.CONFLICT, "the item is not published in any locale"),
    PUBLISH_004(ErrorKind.INVALID_INPUT, "these locales cannot be unpublished"),

    QUERY_001(ErrorKind.INVALID_INPUT, "invalid list parameters, or a query string badly percent-encoded"),
    QUERY_002(ErrorKind.INVALID_INPUT, "a malformed query parameter"),
    QUERY_003(ErrorKind.INVALID_INPUT, "a query parameter's value not allowed here (format, audit filters, flags)"),
    QUERY_004(ErrorKind.INVALID_INPUT, "a version parameter is not a version number"),

    RATE_001(ErrorKind.TOO_MANY_REQUESTS, "the client's delivery request rate is exceeded"),

    REACH_001(ErrorKind.FORBIDDEN, "another partner's dissemination report"),

    RELEASE_001(ErrorKind.INVALID_INPUT, "a release with invalid values"),
    RELEASE_002(ErrorKind.CONFLICT, "the release is not draft, scheduled or failed, so it cannot be published"),
    RELEASE_003(ErrorKind.CONFLICT, "a published release cannot be cancelled"),
    RELEASE_004(ErrorKind.CONFLICT, "the release is being published right now"),
    RELEASE_404(ErrorKind.NOT_FOUND, "no release with this id"),

    RENDITION_001(ErrorKind.INVALID_INPUT, "an image width that is not among the allowed renditions"),
    RENDITION_002(ErrorKind.INVALID_INPUT, "an image too large to make renditions of"),

    REPOSITORY_001(ErrorKind.UNAVAILABLE, "the repository folder is in use by another process"),
    REPOSITORY_002(ErrorKind.UNAVAILABLE, "the repository was written by an unsupported version"),
    REPOSITORY_003(ErrorKind.UNAVAILABLE, "the segment store cannot be opened"),
    REPOSITORY_004(ErrorKind.UNAVAILABLE, "INNCO_STORE=postgres without INNCO_JDBC_URL"),
    REPOSITORY_005(ErrorKind.UNAVAILABLE, "PostgreSQL cannot be reached"),
    REPOSITORY_006(ErrorKind.UNAVAILABLE, "the segment store could not be flushed to disk"),
    REPOSITORY_009(ErrorKind.INTERNAL, "an unexpected repository failure"),
    REPOSITORY_010(ErrorKind.CONFLICT, "a concurrent change to the same content; try again"),
    REPOSITORY_011(ErrorKind.UNAVAILABLE, "the repository is shut down or being reopened"),
    REPOSITORY_012(ErrorKind.UNAVAILABLE, "INNCO_CLUSTER_ID belongs to a running server"),

    REQUEST_001(ErrorKind.INVALID_INPUT, "the body is not valid JSON"),
    REQUEST_002(ErrorKind.INVALID_INPUT, "the body is empty"),
    REQUEST_003(ErrorKind.INVALID_INPUT, "the body could not be read"),
    REQUEST_004(ErrorKind.INVALID_INPUT, "a merge patch that is not a JSON object"),
    REQUEST_005(ErrorKind.INVALID_INPUT, "the body is not a JSON object"),
    REQUEST_006(ErrorKind.INVALID_INPUT, "the request has invalid fields"),
    REQUEST_007(ErrorKind.INVALID_INPUT, "the request has text with a character that is not allowed"),
    REQUEST_020(ErrorKind.INVALID_INPUT, "the Content-Type header is not one media type"),
    REQUEST_411(ErrorKind.INVALID_INPUT, "a form or upload without Content-Length"),
    REQUEST_413(ErrorKind.PAYLOAD_TOO_LARGE, "a JSON body, form or upload over its size limit"),

    SCHEDULE_001(ErrorKind.INVALID_INPUT, "a schedule with invalid values"),
    SCHEDULE_002(ErrorKind.CONFLICT, "the schedule is no longer waiting, so it cannot be cancelled"),
    SCHEDULE_404(ErrorKind.NOT_FOUND, "no schedule with this id"),

    SECURITY_001(ErrorKind.UNAUTHENTICATED, "authentication required (none, or wrong credentials)"),
    SECURITY_003(ErrorKind.FORBIDDEN, "the user's roles do not allow this action on this content"),
    SECURITY_004(ErrorKind.FORBIDDEN, "a form that fails the CSRF check"),
    SECURITY_429(ErrorKind.TOO_MANY_REQUESTS, "too many failed sign-ins from this address"),

    SLUG_001(ErrorKind.INVALID_INPUT, "a slug used by another item"),

    STATIC_404(ErrorKind.NOT_FOUND, "no static file or basemap of this name"),

    STORAGE_001(ErrorKind.UNAVAILABLE, "too little free disk space: writes are refused"),
    STORAGE_002(ErrorKind.UNAVAILABLE, "a write failed in storage; the repository is fenced or reopening"),
    STORAGE_003(ErrorKind.UNAVAILABLE, "the data folder cannot be used"),
    STORAGE_004(ErrorKind.UNAVAILABLE, "not enough free disk space to start"),

    TOKEN_001(ErrorKind.NOT_FOUND, "no API token with this id"),

    TYPE_001(ErrorKind.NOT_FOUND, "no content type of this name"),

    USER_001(ErrorKind.INVALID_INPUT, "a user with invalid values or roles"),
    USER_002(ErrorKind.CONFLICT, "a user of this name exists already"),
    USER_003(ErrorKind.NOT_FOUND, "no user of this name"),

    VALIDATION_001(ErrorKind.INVALID_INPUT, "an item with invalid values"),
    VALIDATION_002(ErrorKind.INVALID_INPUT, "request parameters with invalid values"),

    VERSION_001(ErrorKind.NOT_FOUND, "no such version of the item"),

    WEBHOOK_404(ErrorKind.NOT_FOUND, "no webhook of this name"),

    WORKSPACE_001(ErrorKind.INVALID_INPUT, "a Magnolia export that cannot be read"),
    WORKSPACE_002(ErrorKind.INVALID_INPUT, "an import with too many nodes"),
    WORKSPACE_003(ErrorKind.INVALID_INPUT, "a workspace name that is not valid"),
    WORKSPACE_004(ErrorKind.INVALID_INPUT, "a workspace that holds a content type's items"),
    WORKSPACE_005(ErrorKind.INVALID_INPUT, "a node identifier that is not valid"),
    WORKSPACE_006(ErrorKind.INVALID_INPUT, "no node named to delete or export"),
    WORKSPACE_007(ErrorKind.INVALID_INPUT, "an export format that is neither yaml nor xml"),
    WORKSPACE_008(ErrorKind.INVALID_INPUT, "a malformed node"),
    WORKSPACE_009(ErrorKind.INVALID_INPUT, "depth is not a whole number from 0 to 20"),
    WORKSPACE_404(ErrorKind.NOT_FOUND, "no such workspace content or node"),
    WORKSPACE_409(ErrorKind.CONFLICT, "a node or identifier exists already"),
    WORKSPACE_415(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "an import that is neither system view XML nor YAML"),

    XLIFF_001(ErrorKind.INVALID_INPUT, "invalid XLIFF export parameters"),
    XLIFF_002(ErrorKind.INVALID_INPUT, "an XLIFF file that is empty or not well-formed XML"),
    XLIFF_003(ErrorKind.INVALID_INPUT, "an XLIFF file that declares a DTD or entities"),
    XLIFF_004(ErrorKind.INVALID_INPUT, "a file that is not XLIFF 2 or lacks srcLang and trgLang"),
    XLIFF_005(ErrorKind.INVALID_INPUT, "srcLang or trgLang not usable (same locale, not a site language, not allowed)"),
    XLIFF_006(ErrorKind.INVALID_INPUT, "an XLIFF unit with a character that is not allowed"),
    XLIFF_413(ErrorKind.PAYLOAD_TOO_LARGE, "an XLIFF file larger than the translators' limit"),

    YAML_001(ErrorKind.INVALID_INPUT, "broken YAML"),
    YAML_002(ErrorKind.INVALID_INPUT, "a YAML file that cannot be read"),
    YAML_003(ErrorKind.INVALID_INPUT, "a YAML value that is too long");

    /** Errors Jersey or Jetty raise before the application (unknown route, wrong method...) carry {@code INNCO-HTTP-<status>}. */
    public static final String HTTP_PREFIX = "INNCO-HTTP-";

    private static final Map<String, ErrorCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

    private final ErrorKind kind;
    private final String meaning;
    private final String code;

    ErrorCode(ErrorKind kind, String meaning) {
        this.kind = kind;
        this.meaning = meaning;
        this.code = "INNCO-" + name().replace('_', '-');
    }

    /** The string clients see, such as {@code INNCO-QUERY-001}. */
    public String code() { return code; }
    public ErrorKind kind() { return kind; }
    public int status() { return kind.status(); }
    /** One line for people reading the catalogue. */
    public String meaning() { return meaning; }

    /** The code of a generic HTTP error, one the application did not raise itself. */
    public static String http(int status) {
        return HTTP_PREFIX + status;
    }

    public static Optional<ErrorCode> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
