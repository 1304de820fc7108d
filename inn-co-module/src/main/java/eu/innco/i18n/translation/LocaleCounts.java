package eu.innco.i18n.translation;

/**
 * How the items of one content type stand in one locale. The states (missing, draft, translated,
 * reviewed) add up to the total; outdated and complete are counted across states.
 */
public record LocaleCounts(int total, int missing, int draft, int translated, int reviewed, int outdated, int complete) {
    static LocaleCounts empty() {
        return new LocaleCounts(0, 0, 0, 0, 0, 0, 0);
    }

    LocaleCounts plus(LocaleWork w) {
        String t = w.translation();
        return new LocaleCounts(total + 1, missing + is(t, "missing"), draft + is(t, "draft"), translated + is(t, "translated"),
                reviewed + is(t, "reviewed"), outdated + (w.outdated() ? 1 : 0), complete + (w.complete() ? 1 : 0));
    }

    private static int is(String state, String wanted) {
        return state.equals(wanted) ? 1 : 0;
    }
}
