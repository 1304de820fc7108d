package eu.innco.exports;

import java.util.Map;

/**
 * Our organisation vocabularies in ESSGlobal terms, as the SSE data standard wants them in its CSV
 * (the term's label, not its code). See content-exports/README.md, "SSE directory export", for
 * the reasons behind each choice.
 */
final class EssGlobal {
    /** {@code kind} to the organisational-structure vocabulary; kinds left out have no fitting term. */
    static final Map<String, String> STRUCTURE = Map.of(
            "cooperative", "Co-operative",                          // OS115
            "mutual", "Mutual",                                     // OS170
            "association", "Not-for-profit organisation",           // OS20
            "foundation", "Not-for-profit organisation",            // OS20
            "socialEnterprise", "Social enterprise",                // OS30
            "localAuthority", "Government agency/body");            // OS220

    /**
     * {@code sectors} (NACE Rev. 2.1 sections, as organisation.yaml offers them) to the activities
     * vocabulary; sections left out (P public administration, U households, V extraterritorial
     * bodies) have no fitting term.
     */
    static final Map<String, String> ACTIVITY = Map.ofEntries(
            Map.entry("A", "Food"),
            Map.entry("B", "Goods & Services"),
            Map.entry("C", "Goods & Services"),
            Map.entry("D", "Energy"),
            Map.entry("E", "Reduce, Reuse, Repair & Recycle"),
            Map.entry("F", "Housing"),
            Map.entry("G", "Goods & Services"),
            Map.entry("H", "Goods & Services"),
            Map.entry("I", "Food"),
            Map.entry("J", "Arts, Media, Culture & Leisure"),
            Map.entry("K", "Goods & Services"),
            Map.entry("L", "Money & Finance"),
            Map.entry("M", "Housing"),
            Map.entry("N", "Goods & Services"),
            Map.entry("O", "Goods & Services"),
            Map.entry("Q", "Education"),
            Map.entry("R", "Health, Social Care & Wellbeing"),
            Map.entry("S", "Arts, Media, Culture & Leisure"),
            Map.entry("T", "Campaigning, Activism & Advocacy"));

    private EssGlobal() {}
}
