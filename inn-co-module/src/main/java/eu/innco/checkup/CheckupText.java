package eu.innco.checkup;

/** The one free text of a check-up, the group's name: trimmed, single-line, without control characters, bounded. */
final class CheckupText {
    private CheckupText() {}

    static String clean(String text, int max) {
        if (text == null) return "";
        String s = text.replaceAll("[\\p{Cc}\\p{Cf}\\s]+", " ").strip();
        return s.length() <= max ? s : s.substring(0, s.offsetByCodePoints(0, Math.min(s.codePointCount(0, s.length()), max))).strip();
    }
}
