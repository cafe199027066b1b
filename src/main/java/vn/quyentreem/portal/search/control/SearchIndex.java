package vn.quyentreem.portal.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The one Lucene index. Everything else talks to search through this class: add or replace an item, remove
 * one, remember how far the change log has been applied, and search. It is derived data: the store can
 * always rebuild it.
 */
public class SearchIndex implements Closeable {

    static final String APPLIED = "appliedSequence";
    static final String SCHEMA = "schema";
    static final String CLEAN = "closedCleanly";
    /** Raised whenever the fields change: an index written with other fields is rebuilt on start. */
    public static final String SCHEMA_VERSION = "6";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** How many of the first pass's best the fine ranking looks at. */
    private static final int CANDIDATES = 100;
    private static final int SLICE_DOCS = 20_000;
    /** One for the index's lifetime: an analyzer keeps its tokenizers per thread, a new one builds them again. */
    private static final Analyzer ANALYZER = VietnameseAnalyzers.perField();
    /** Hits taken past the page, so that items tied in score at its end can still be put newest first. */
    private static final int TIE_ROOM = 20;

    private static final BM25Similarity BY_FREQUENCY = new BM25Similarity(1.2f, 0f);
    /**
     * Texts of this many characters or more (a couple of pages) are the ones the plain score pushes down: the
     * length-blind pass looks among them alone, which keeps it cheap, as they are few.
     */
    static final int LONG_TEXT = 5_000;

    /** The stored text read as written, tones kept: for the snippets of a query typed with its tones. */
    private static final Analyzer EXACT_TEXT = VietnameseAnalyzers.exact();

    private static final Set<String> TITLE_ONLY = Set.of(SearchFields.TITLE);

    private final IndexWriter writer;
    private final SearcherManager searchers;

    public SearchIndex(Directory directory) throws IOException {
        this(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND, null);
    }

    /** With an executor, a search runs on the index's larger segments in parallel. */
    public SearchIndex(Directory directory, Executor executor) throws IOException {
        this(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND, executor);
    }

    /**
     * The index in the directory, or a new empty one in its place when it was written with other fields: Lucene
     * refuses a field whose indexing changes, even after every document is deleted, so an old layout cannot be
     * rebuilt in place.
     */
    public static SearchIndex openCurrent(Directory directory, Executor executor) throws IOException {
        SearchIndex index = new SearchIndex(directory, executor);
        if (index.appliedSequence() >= 0 && !SCHEMA_VERSION.equals(index.schemaVersion())) {
            index.close();
            return new SearchIndex(directory, IndexWriterConfig.OpenMode.CREATE, executor);
        }
        return index;
    }

    private SearchIndex(Directory directory, IndexWriterConfig.OpenMode mode, Executor executor) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(ANALYZER)
                .setOpenMode(mode)
                // fewer, larger flushes: a rebuild of 100,000 items writes about half as many segments to merge
                .setRAMBufferSizeMB(48)
                .setMergePolicy(new SmallSegmentMerges());
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return searcher(reader, executor);
            }
        });
    }

    public void upsert(SearchDocument item) throws IOException {
        writer.updateDocument(new Term(SearchFields.KEY, item.key()), toLucene(item));
    }

    public void delete(String type, String id) throws IOException {
        writer.deleteDocuments(new Term(SearchFields.KEY, type + ":" + id));
    }

    public void deleteKey(String key) throws IOException {
        writer.deleteDocuments(new Term(SearchFields.KEY, key));
    }

    /** What the item looked like when indexed, in 16 bytes: equal fingerprints mean nothing to redo. */
    public static String fingerprint(SearchDocument item) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(item.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key and fingerprint of every item in the index, changes not yet committed included. */
    public Map<String, String> fingerprints() throws IOException {
        refresh();
        Map<String, String> held = new HashMap<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues keys = leaf.reader().getSortedDocValues(SearchFields.KEY);
                BinaryDocValues prints = leaf.reader().getBinaryDocValues(SearchFields.FINGERPRINT);
                Bits live = leaf.reader().getLiveDocs();
                if (keys == null || prints == null) {
                    continue;
                }
                for (int doc = keys.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = keys.nextDoc()) {
                    if ((live == null || live.get(doc)) && prints.advanceExact(doc)) {
                        held.put(keys.lookupOrd(keys.ordValue()).utf8ToString(), prints.binaryValue().utf8ToString());
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return held;
    }

    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes changes visible to searches (near-real-time, no disk sync). */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Durably records everything so far, and that the change log was applied up to sequence. */
    public void commit(long sequence) throws IOException {
        commit(sequence, false);
        refresh();
    }

    private void commit(long sequence, boolean closing) throws IOException {
        writer.setLiveCommitData(Map.of(APPLIED, Long.toString(sequence), SCHEMA, SCHEMA_VERSION,
                CLEAN, Boolean.toString(closing)).entrySet());
        writer.commit();
    }

    /**
     * True when the index was closed by {@link #close()} after its last change: everything it was given then is in
     * it. False after a crash, when the last changes of the store may never have reached it.
     */
    public boolean closedCleanly() {
        return "true".equals(commitData(CLEAN));
    }

    /** The field layout the index was written with; null for an index never committed. */
    public String schemaVersion() {
        return commitData(SCHEMA);
    }

    /** How far the change feed had been applied at the last commit; -1 for an index never committed. */
    public long appliedSequence() {
        String applied = commitData(APPLIED);
        return applied == null ? -1 : Long.parseLong(applied);
    }

    private String commitData(String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (key.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** How many segments searches go through now. */
    int segments() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    public int count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    public SearchResult search(String typed, String type, String section, String year, int page, int size)
            throws IOException {
        Query matching = SearchQuery.matching(typed);
        if (matching == null) {
            return new SearchResult(0, page, size, List.of(), Map.of());
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            // facets and totals from a pass that needs no scores; the candidates from a ranked search that may skip
            String[] filters = {clean(type), clean(section), clean(year)};
            Query query = matching;
            FacetCounter.Counts counts = FacetCounter.count(searcher, query, filters);
            if (counts.matches() == 0) { // the rest of the syllables may be in the tags
                query = SearchQuery.withTags(typed);
                counts = FacetCounter.count(searcher, query, filters);
            }
            Query relaxed = SearchQuery.relaxed(typed);
            if (counts.matches() == 0 && relaxed != null) {
                query = relaxed;
                counts = FacetCounter.count(searcher, query, filters);
            }
            ScoreDoc[] all = counts.total() == 0 ? new ScoreDoc[0]
                    : rank(searcher, typed, query, q -> FacetCounter.filtered(q, filters), page * size);
            int from = Math.min((page - 1) * size, all.length);
            int[] ids = new int[all.length - from];
            for (int i = from; i < all.length; i++) {
                ids[i - from] = all[i].doc;
            }
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (PageOfHits.Hit hit : snippets(searcher, typed, ids)) {
                Document d = hit.fields();
                long millis = d.getField(SearchFields.PUBLISHED).numericValue().longValue();
                hits.add(new SearchResult.Hit(d.get(SearchFields.ID), d.get(SearchFields.TYPE), d.get(SearchFields.TITLE),
                        d.get(SearchFields.URL), hit.html(), hit.page(), Instant.ofEpochMilli(millis).toString()));
            }
            return new SearchResult(counts.total(), page, size, hits, counts.facets());
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The hits with their snippets. Typed with tones, a snippet marks the syllables with those tones, read from the
     * text as written; a hit without them (a near miss that matched only once folded) gets the folded marks instead.
     */
    private static PageOfHits.Hit[] snippets(IndexSearcher searcher, String typed, int[] ids) throws IOException {
        Query exact = SearchQuery.exactHighlighting(typed);
        if (exact == null) {
            return PageOfHits.read(searcher, ANALYZER, SearchQuery.highlighting(typed), ids);
        }
        PageOfHits.Hit[] hits = PageOfHits.read(searcher, EXACT_TEXT, exact, ids);
        int[] unmarked = IntStream.range(0, ids.length).filter(i -> !hits[i].marked()).toArray();
        if (unmarked.length > 0) {
            PageOfHits.Hit[] folded = PageOfHits.read(searcher, ANALYZER, SearchQuery.highlighting(typed),
                    Arrays.stream(unmarked).map(i -> ids[i]).toArray());
            for (int j = 0; j < unmarked.length; j++) {
                hits[unmarked[j]] = folded[j];
            }
        }
        return hits;
    }

    /**
     * The best {@code n} hits of {@code first} (what the reader typed, matched in full or relaxed), in two passes. The
     * first ranks every match by the cheap query and keeps the best hundred or so; the second adds the bonus of exact
     * accents, titles and adjacent syllables to those alone. Among equal scores the newer item goes first. Scoring the
     * bonus on every match instead costs several times more on common syllables, for the same top of the list.
     *
     * <p>Matched in full (in the text, or with the tags), the second pass ranks the candidates afresh with the
     * syllables side by side as typed (with their tones if typed so) outweighing everything else. A long item with
     * them may not be among the candidates, beaten on the plain score by many short near misses. So, typed with
     * tones, unless the candidates were every match or their best {@code n} all have the phrase, the best hundred long
     * items by how often they hold the syllables, whatever their length, join them first. (Looking for the phrase
     * itself among every match instead costs several times more on common syllables, and so does a length-blind pass
     * over every match rather than the long ones.) {@code filter} narrows each query by type, section and
     * year.
     */
    public static ScoreDoc[] rank(IndexSearcher searcher, String typed, Query first, UnaryOperator<Query> filter, int n)
            throws IOException {
        TopDocs candidates = searcher.search(filter.apply(first), candidates(n));
        // a relaxed match lacks some syllable: no item has the phrase
        Query phraseBonus = first.equals(SearchQuery.relaxed(typed)) ? null : SearchQuery.phraseBonus(typed);
        if (phraseBonus == null) {
            return withBonus(searcher, candidates, SearchQuery.bonus(typed), n);
        }
        ScoreDoc[] scored = withBonus(searcher, candidates, phraseBonus, candidates.scoreDocs.length);
        ScoreDoc[] ranked = ordered(searcher, scored, n);
        boolean everyMatch = candidates.totalHits.relation == TotalHits.Relation.EQUAL_TO
                && candidates.totalHits.value <= candidates.scoreDocs.length;
        if (everyMatch || ranked.length == n && ranked[n - 1].score >= SearchQuery.PHRASE_FIRST
                || !SearchQuery.accented(typed)) {
            // no match was left out, or the page is full of items with the phrase already: more candidates would not
            // change it. Typed without tones, the short notes with the same letters side by side are as right as a
            // long item, and the candidates already rank them by the phrase
            return ranked;
        }
        Set<Integer> seen = new HashSet<>();
        for (ScoreDoc hit : candidates.scoreDocs) {
            seen.add(hit.doc);
        }
        Query longOnes = new BooleanQuery.Builder().add(filter.apply(first), Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.LONG, "yes")), Occur.FILTER).build();
        ScoreDoc[] more = Arrays.stream(byFrequency(searcher).search(longOnes, candidates(n)).scoreDocs)
                .filter(hit -> !seen.contains(hit.doc)).toArray(ScoreDoc[]::new);
        ScoreDoc[] all = Arrays.copyOf(scored, scored.length + more.length);
        // their first score was not the plain one: scored afresh, plain score included
        Query afresh = new BooleanQuery.Builder().add(first, Occur.SHOULD).add(phraseBonus, Occur.SHOULD).build();
        System.arraycopy(rescored(searcher, more, afresh), 0, all, scored.length, more.length);
        return ordered(searcher, all, n);
    }

    /** The hits scored by {@code query} alone, in no particular order. */
    private static ScoreDoc[] rescored(IndexSearcher searcher, ScoreDoc[] hits, Query query) throws IOException {
        if (hits.length == 0) {
            return hits;
        }
        return new QueryRescorer(query) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : 0;
            }
        }.rescore(searcher, new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits), hits.length)
                .scoreDocs;
    }

    /** The same index scored without regard to length (BM25 with b = 0): long items are not pushed down. */
    private static IndexSearcher byFrequency(IndexSearcher searcher) {
        IndexSearcher flat = new IndexSearcher(searcher.getIndexReader());
        flat.setSimilarity(BY_FREQUENCY);
        return flat;
    }

    /** The collector of the candidates: it lets the query skip whatever cannot reach them (block-max WAND). */
    private static TopScoreDocCollectorManager candidates(int n) {
        int wanted = Math.max(CANDIDATES, n + TIE_ROOM);
        return new TopScoreDocCollectorManager(wanted, null, wanted, true);
    }

    /** The candidates with the bonus added to their first score. */
    private static ScoreDoc[] withBonus(IndexSearcher searcher, TopDocs first, Query bonus, int n) throws IOException {
        return ordered(searcher, new QueryRescorer(bonus) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return firstPassScore + (secondPassMatches ? secondPassScore : 0);
            }
        }.rescore(searcher, first, first.scoreDocs.length).scoreDocs, n);
    }

    private static ScoreDoc[] ordered(IndexSearcher searcher, ScoreDoc[] hits, int n) throws IOException {
        long[] published = new long[hits.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = 0; i < hits.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            NumericDocValues dates = leaf.reader().getNumericDocValues(SearchFields.PUBLISHED);
            published[i] = dates != null && dates.advanceExact(hits[i].doc - leaf.docBase) ? dates.longValue() : 0;
        }
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // scores equal but for float rounding (the same sum taken in another order by a skipping scorer) are ties
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -Math.round(hits[i].score * 1000.0))
                .thenComparingLong(i -> -published[i]));
        ScoreDoc[] ranked = new ScoreDoc[Math.min(n, hits.length)];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = hits[order[i]];
        }
        return ranked;
    }

    /** Titles starting like the typed text, for suggestions as people type. */
    public List<String> suggest(String typed, int max) throws IOException {
        Query query = SearchQuery.prefix(typed);
        if (query == null) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            List<String> titles = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, max).scoreDocs) {
                // the title alone: the whole stored document carries the text, tens of kilobytes for a PDF
                titles.add(stored.document(hit.doc, TITLE_ONLY).get(SearchFields.TITLE));
            }
            return titles;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The searcher the index uses: sliced over the executor when there is one. */
    public static IndexSearcher searcher(IndexReader reader, Executor executor) {
        return executor == null ? new IndexSearcher(reader) : new SlicedSearcher(reader, executor);
    }

    /**
     * Searches each segment of 20,000 or more items on its own, the small ones together: on a many-core machine
     * the largest segments of a big index are searched side by side, and a small index stays in one slice.
     */
    private static final class SlicedSearcher extends IndexSearcher {
        SlicedSearcher(IndexReader reader, Executor executor) {
            super(reader, executor);
        }

        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            return slices(leaves, SLICE_DOCS, 8);
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
        }
    }

    private static Document toLucene(SearchDocument item) {
        String title = VietnameseAnalyzers.nfc(item.title());
        String text = VietnameseAnalyzers.nfc(String.join("\n", item.summary() == null ? "" : item.summary(),
                item.body() == null ? "" : item.body()));
        // tags, and a document's topic and audience, are shared by many items: in a field of their own, their words
        // find an item but do not lift a short one above a long one as words of its text would
        String meta = VietnameseAnalyzers.nfc(String.join(", ", item.tags() == null ? List.of() : item.tags()));
        Instant published = item.published() == null ? Instant.EPOCH : item.published();
        Document d = new Document();
        d.add(new StringField(SearchFields.KEY, item.key(), Field.Store.NO));
        // read back by a comparison with the store, without opening any stored field
        d.add(new SortedDocValuesField(SearchFields.KEY, new BytesRef(item.key())));
        d.add(new BinaryDocValuesField(SearchFields.FINGERPRINT, new BytesRef(fingerprint(item))));
        d.add(new StoredField(SearchFields.ID, item.id()));
        keyword(d, SearchFields.TYPE, item.type());
        keyword(d, SearchFields.SECTION, item.section());
        keyword(d, SearchFields.YEAR, Integer.toString(published.atZone(VIETNAM).getYear()));
        d.add(new TextField(SearchFields.TITLE, title, Field.Store.YES));
        d.add(new TextField(SearchFields.TITLE_FOLDED, title, Field.Store.NO));
        d.add(new TextField(SearchFields.TEXT, text, Field.Store.NO));
        // kept for snippets only: the highlighter analyses it again; searching it goes through all_f
        d.add(new StoredField(SearchFields.TEXT_FOLDED, text));
        d.add(new TextField(SearchFields.ALL_FOLDED, title, Field.Store.NO));
        d.add(new TextField(SearchFields.ALL_FOLDED, text, Field.Store.NO));
        d.add(new TextField(SearchFields.META_FOLDED, meta, Field.Store.NO));
        if (text.length() >= LONG_TEXT) {
            d.add(new StringField(SearchFields.LONG, "yes", Field.Store.NO));
        }
        d.add(new NumericDocValuesField(SearchFields.PUBLISHED, published.toEpochMilli()));
        d.add(new StoredField(SearchFields.PUBLISHED, published.toEpochMilli()));
        d.add(new StoredField(SearchFields.URL, item.url()));
        return d;
    }

    /** Filterable, and countable for facets. */
    private static void keyword(Document d, String field, String value) {
        String v = value == null ? "" : value;
        d.add(new StringField(field, v, Field.Store.YES));
        d.add(new SortedDocValuesField(field, new BytesRef(v)));
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Commits what it holds, marked as closed cleanly (an index never committed stays so), and closes. */
    @Override
    public void close() throws IOException {
        searchers.close();
        long applied = appliedSequence();
        if (applied >= 0) {
            commit(applied, true);
        }
        writer.close();
    }
}
