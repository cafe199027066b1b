package vn.quyentreem.portal.search.control;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one Lucene index. Everything else talks to search through this class: add or replace an item, remove
 * one, remember how far the change log has been applied, and search. It is derived data: the store can
 * always rebuild it.
 */
public class SearchIndex implements Closeable {

    static final String APPLIED = "appliedSequence";
    static final String SCHEMA = "schema";
    /** Raised whenever the fields change: an index written with other fields is rebuilt on start. */
    public static final String SCHEMA_VERSION = "2";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final IndexWriter writer;
    private final SearcherManager searchers;

    public SearchIndex(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    public void upsert(SearchDocument item) throws IOException {
        writer.updateDocument(new Term(SearchFields.KEY, item.key()), toLucene(item));
    }

    public void delete(String type, String id) throws IOException {
        writer.deleteDocuments(new Term(SearchFields.KEY, type + ":" + id));
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
        writer.setLiveCommitData(Map.of(APPLIED, Long.toString(sequence), SCHEMA, SCHEMA_VERSION).entrySet());
        writer.commit();
        refresh();
    }

    /** The field layout the index was written with; null for an index never committed. */
    public String schemaVersion() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (SCHEMA.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** How far the change log had been applied at the last commit; -1 for an index never committed. */
    public long appliedSequence() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (APPLIED.equals(e.getKey())) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return -1;
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
        Query text = SearchQuery.of(typed);
        if (text == null) {
            return new SearchResult(0, page, size, List.of(), Map.of());
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        filter(query, SearchFields.TYPE, type);
        filter(query, SearchFields.SECTION, section);
        filter(query, SearchFields.YEAR, year);
        Query built = query.build();
        IndexSearcher searcher = searchers.acquire();
        try {
            // score first; among equals, the newer item
            Sort order = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true));
            TopDocs top = searcher.search(built, page * size, order, true);
            ScoreDoc[] all = top.scoreDocs;
            int from = Math.min((page - 1) * size, all.length);
            int[] ids = new int[all.length - from];
            for (int i = from; i < all.length; i++) {
                ids[i - from] = all[i].doc;
            }
            String[] snippets = highlight(searcher, built, ids);
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                Document d = searcher.storedFields().document(ids[i]);
                long millis = d.getField(SearchFields.PUBLISHED).numericValue().longValue();
                hits.add(new SearchResult.Hit(d.get(SearchFields.ID), d.get(SearchFields.TYPE), d.get(SearchFields.TITLE),
                        d.get(SearchFields.URL), snippets[i], Instant.ofEpochMilli(millis).toString()));
            }
            return new SearchResult(top.totalHits.value, page, size, hits, FacetCounter.count(searcher, text));
        } finally {
            searchers.release(searcher);
        }
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
            for (ScoreDoc hit : searcher.search(query, max).scoreDocs) {
                titles.add(searcher.storedFields().document(hit.doc).get(SearchFields.TITLE));
            }
            return titles;
        } finally {
            searchers.release(searcher);
        }
    }

    private String[] highlight(IndexSearcher searcher, Query query, int[] ids) throws IOException {
        if (ids.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, VietnameseAnalyzers.perField())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .build();
        int[] passages = new int[] {2};
        String[] snippets = highlighter.highlightFields(new String[] {SearchFields.TEXT_FOLDED}, query, ids, passages)
                .get(SearchFields.TEXT_FOLDED);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                String text = searcher.storedFields().document(ids[i]).get(SearchFields.TEXT_FOLDED);
                snippets[i] = escape(text.length() > 200 ? text.substring(0, 200) + " …" : text);
            }
        }
        return snippets;
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
        }
    }

    private static Document toLucene(SearchDocument item) {
        String title = VietnameseAnalyzers.nfc(item.title());
        String text = VietnameseAnalyzers.nfc(String.join("\n", item.summary() == null ? "" : item.summary(),
                String.join(", ", item.tags() == null ? List.of() : item.tags()), item.body() == null ? "" : item.body()));
        Instant published = item.published() == null ? Instant.EPOCH : item.published();
        Document d = new Document();
        d.add(new StringField(SearchFields.KEY, item.key(), Field.Store.NO));
        d.add(new StoredField(SearchFields.ID, item.id()));
        keyword(d, SearchFields.TYPE, item.type());
        keyword(d, SearchFields.SECTION, item.section());
        keyword(d, SearchFields.YEAR, Integer.toString(published.atZone(VIETNAM).getYear()));
        d.add(new TextField(SearchFields.TITLE, title, Field.Store.YES));
        d.add(new TextField(SearchFields.TITLE_FOLDED, title, Field.Store.NO));
        d.add(new TextField(SearchFields.TEXT, text, Field.Store.NO));
        d.add(new TextField(SearchFields.TEXT_FOLDED, text, Field.Store.YES));
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

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
