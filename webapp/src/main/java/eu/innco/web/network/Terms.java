package eu.innco.web.network;

/**
 * The platform's terms of use and privacy notice. Their text is in every site language under the
 * bundles' {@code network.terms.*} keys; a change of text is a new version (a new date here), and
 * each application stores the version its contact person accepted and when.
 */
final class Terms {
    static final String VERSION = "2026-12-06";

    private Terms() {}
}
