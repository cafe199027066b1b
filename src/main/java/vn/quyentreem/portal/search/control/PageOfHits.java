package vn.quyentreem.portal.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hits of one page as they are shown: each one's stored fields (id, type, title, address, date) and its
 * highlighted snippet. The highlighter has to read every hit's stored text; here the other fields are taken in the
 * same visit, so each hit's compressed block of stored fields is opened once, not twice.
 */
final class PageOfHits extends UnifiedHighlighter {

    /** A hit's stored fields, its highlighted text, and the PDF page the text comes from (null for other items). */
    record Hit(Document fields, String html, Integer page) {
        /** Whether the snippet marks anything, or is the start of the text for want of a match. */
        boolean marked() {
            return html.contains("<mark>");
        }
    }

    private static final Set<String> FIELDS = Set.of(SearchFields.ID, SearchFields.TYPE, SearchFields.TITLE,
            SearchFields.URL, SearchFields.PUBLISHED);
    private static final String[] TEXT = {SearchFields.TEXT_FOLDED};
    /**
     * How much of a text the highlighter reads: a 50-page plan whole (up to about 250,000 characters), so that a
     * phrase on page 40 is shown from page 40, not the first page for want of a match in its first pages.
     */
    private static final int MAX_LENGTH = 300_000;
    /** At least this much of each hit's text, on the largest page of hits. */
    private static final int MIN_LENGTH = 20_000;
    /**
     * Characters read for one page of hits, all hits together: a page of 10 reads each text up to {@link #MAX_LENGTH},
     * a page of 50 up to 60,000 each, so no request holds more than a few megabytes of text however long its hits.
     */
    private static final int PAGE_BUDGET = 3_000_000;
    private static final int FALLBACK_LENGTH = 200;
    private static final PassageRanking PASSAGES = new PassageRanking();

    /** What each visit found, by document: the hit's fields, and its text for a hit with nothing to highlight. */
    private final Map<Integer, Visit> visits = new HashMap<>();

    private final int maxLength;

    private PageOfHits(Builder builder, int maxLength) {
        super(builder);
        this.maxLength = maxLength;
    }

    /** The hits {@code ids}, in that order, with the passages of their text that best match {@code query}. */
    static Hit[] read(IndexSearcher searcher, Analyzer analyzer, Query query, int[] ids) throws IOException {
        if (ids.length == 0) {
            return new Hit[0];
        }
        int maxLength = Math.max(MIN_LENGTH, Math.min(MAX_LENGTH, PAGE_BUDGET / ids.length));
        PageOfHits page = new PageOfHits(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new PagedPassageFormatter())
                .withScorer(PASSAGES)
                // plain term matches need no in-memory index per hit: a third of the time, the same marks
                .withPassageRelevancyOverSpeed(false)
                .withMaxLength(maxLength), maxLength);
        Object[] snippets = page.highlightFieldsAsObjects(TEXT, query, ids, new int[] {2}).get(SearchFields.TEXT_FOLDED);
        Hit[] hits = new Hit[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Visit visit = page.visits.get(ids[i]);
            if (visit == null) { // not read by the highlighter (it may skip reading when it has nothing to mark)
                visit = page.visit(ids[i]);
            }
            if (snippets[i] instanceof PagedPassageFormatter.Snippet s) {
                hits[i] = new Hit(visit.fields(), s.html(), s.page());
            } else {
                String text = visit.text().replace(PagedPassageFormatter.PAGE_BREAK, ' ');
                hits[i] = new Hit(visit.fields(), SearchIndex.escape(text.length() > FALLBACK_LENGTH
                        ? text.substring(0, FALLBACK_LENGTH) + " …" : text), null);
            }
        }
        return hits;
    }

    /**
     * Called by the highlighter for the hits' texts: every hit in one call, each read once with its fields. Lucene's
     * own loader reads in batches to bound memory; a page holds at most PAGE_BUDGET characters here.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Visitor visitor = new Visitor(fields, maxLength);
            stored.document(doc, visitor);
            visits.put(doc, visitor.visit());
            values.add(visitor.values());
        }
        return values;
    }

    private Visit visit(int doc) throws IOException {
        Visitor visitor = new Visitor(TEXT, maxLength);
        searcher.storedFields().document(doc, visitor);
        return visitor.visit();
    }

    private record Visit(Document fields, String text) {
    }

    /** The highlighter's own visitor for the text, which also keeps the hit's fields. */
    private static final class Visitor extends LimitedStoredFieldVisitor {
        private final DocumentStoredFieldVisitor hit = new DocumentStoredFieldVisitor(FIELDS);
        private boolean forHit;

        Visitor(String[] fields, int maxLength) {
            super(fields, MULTIVAL_SEP_CHAR, maxLength);
            // Lucene's highlighter reuses one visitor and resets it with a package-private init(); this one is used
            // for one document, so it starts as init() would leave it
            values = new CharSequence[fields.length];
            currentField = -1;
        }

        @Override
        public Status needsField(FieldInfo field) throws IOException {
            forHit = FIELDS.contains(field.name);
            if (forHit) {
                return Status.YES;
            }
            // the text is not the last stored field: stopping after it would miss the fields behind it
            Status text = super.needsField(field);
            return text == Status.STOP ? Status.NO : text;
        }

        @Override
        public void stringField(FieldInfo field, String value) throws IOException {
            if (forHit) {
                hit.stringField(field, value);
            } else {
                super.stringField(field, value);
            }
        }

        @Override
        public void longField(FieldInfo field, long value) throws IOException {
            hit.longField(field, value);
        }

        CharSequence[] values() {
            return values;
        }

        Visit visit() {
            CharSequence text = values[0]; // the only field asked for is the text
            return new Visit(hit.getDocument(), text == null ? "" : text.toString());
        }
    }
}
