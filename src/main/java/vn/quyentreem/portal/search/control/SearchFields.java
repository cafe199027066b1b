package vn.quyentreem.portal.search.control;

/** Every Lucene field name, in one place. "_f" fields hold the same text folded to plain ASCII letters. */
public final class SearchFields {

    public static final String KEY = "key";               // type:id, unique in the index
    public static final String FINGERPRINT = "fp";        // of the item as indexed: what a comparison reads
    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String TITLE = "title";
    public static final String TITLE_FOLDED = "title_f";
    public static final String TEXT = "text";             // summary, tags and body
    public static final String TEXT_FOLDED = "text_f";    // stored only: the highlighter marks it
    public static final String ALL_FOLDED = "all_f";      // title and text, folded: what matches, and the first ranking
    public static final String META_FOLDED = "meta_f";    // tags, topic, audience: matched, but weighing little
    public static final String LONG = "long";             // "yes" on an item whose text runs to pages
    public static final String SECTION = "section";
    public static final String YEAR = "year";
    public static final String PUBLISHED = "published";   // epoch millis, for sorting and display
    public static final String URL = "url";

    private SearchFields() {
    }
}
