package eu.innco.web.editor;

import java.util.regex.Pattern;

/**
 * Points the files of a previewed page at the draft's files. The portal's templates write public
 * addresses ({@code /dam/<id>/...}), which serve published files only, so an image not yet
 * published would show broken in the preview; the editor's own asset route serves the working
 * copy to the signed-in user (never cached) after the same access check.
 */
final class DraftFileLinks {
    private static final Pattern RENDITION = Pattern.compile("(src|href)=\"/dam/([0-9a-f-]{36})/renditions/([A-Za-z0-9_-]+)\"");
    private static final Pattern FILE = Pattern.compile("(src|href)=\"/dam/([0-9a-f-]{36})/[^\"/]*\"");

    private DraftFileLinks() {}

    static String of(String html) {
        String out = RENDITION.matcher(html).replaceAll("$1=\"/editor/assets/$2/file?rendition=$3\"");
        return FILE.matcher(out).replaceAll("$1=\"/editor/assets/$2/file\"");
    }
}
