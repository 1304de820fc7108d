package eu.innco.i18n.xliff;

import java.util.List;

/**
 * Content of an XLIFF source or target: text and inline codes. A paired HTML element becomes a
 * {@code <pc>} around its content, a void or unpaired tag a {@code <ph>}; each refers to the
 * original markup kept in the unit's {@code <originalData>}, so that tags survive a CAT tool untouched.
 */
sealed interface Inline {
    record Text(String text) implements Inline {}

    record Pc(String id, String dataRefStart, String dataRefEnd, List<Inline> content) implements Inline {
        public Pc {
            content = List.copyOf(content);
        }
    }

    record Ph(String id, String dataRef) implements Inline {}
}
