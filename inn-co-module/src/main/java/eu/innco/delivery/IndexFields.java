package eu.innco.delivery;

/** Names of the bookkeeping fields of a delivery document; property fields are named by {@link Filterable}. */
final class IndexFields {
    /** Endpoint name. */
    static final String ENDPOINT = "_ep";
    /** Site locale the document is for, or {@code all}. */
    static final String LOCALE = "_loc";
    static final String ID = "_id";
    static final String TYPE = "_type";
    /** Path below the workspace: {@code /la-ruche}. */
    static final String PATH = "_path";
    /** Endpoint and id: every document of one item on one endpoint, replaced together. */
    static final String ITEM = "_item";
    /**
     * One term per document and way of asking for it ({@link #key}): endpoint, locale key and path,
     * or endpoint, locale key and id; what a single node is found by, with one look-up per segment.
     */
    static final String KEY = "_key";
    /** Ids of the items that expanded references point to: who must be re-rendered when one changes. */
    static final String REFS = "_refs";
    /** Ids of the item's child nodes, which are read by id from the item's JSON. */
    static final String SUB_ID = "_sub";
    /**
     * The answer as a binary doc value ({@link AnswerValue}): its JSON, ETag, the locale its values
     * came from (its {@code @locale}; {@code all} for the all document) and its {@link #ITEM}; on
     * the all document the stored field {@link #ANSWER_STORED} instead.
     */
    static final String ANSWER = "_answer";
    /** The all document's answer, encoded as {@link #ANSWER}: compressed, since it holds every translation and is rarely read. */
    static final String ANSWER_STORED = "_answerAll";
    static final String GEO = "_geo";
    /** Indexed beside {@link #GEO}: the item has a map point. */
    static final String HAS_GEO = "_hasGeo";
    /** A stable number per item: the last tie-breaker of every order (numeric, so sorting never looks terms up). */
    static final String TIE = "_tie";
    /** On the {@code all} document: the item's state hash, summed to tell whether the index is stale. */
    static final String STATE = "_h";
    /**
     * How near a document's language is to its reader's: 0 the reader's own, 1 along the fallback
     * chain, 2 another language (a document of {@link #otherLanguage(String)}); {@code otherLanguages=include} sorts on it first.
     */
    static final String LANGUAGE_RANK = "_lr";

    /**
     * The {@link #LOCALE} key of the documents that show a reader of {@code locale} an item that is
     * in none of the languages of its chain, in the item's own language: read only when asked for
     * ({@code otherLanguages=include}), so that the default answers stay what the contract says.
     */
    static String otherLanguage(String locale) {
        return locale + "~";
    }

    private IndexFields() {}

    /** The {@link #KEY} term of a node asked for by {@link #PATH} or {@link #ID} ({@code keyField}) on an endpoint and locale key. */
    static String key(String endpoint, String locale, String keyField, String value) {
        return endpoint + "|" + locale + "|" + (ID.equals(keyField) ? "@" : "") + value;
    }

    static String item(String endpoint, String id) {
        return endpoint + "|" + id;
    }
}
