package vn.quyentreem.portal.search.control;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * In one pass over everything a query matches: the counts by type, section and year and how many of the matches
 * pass the chosen filters (the total). A value's count follows the other filters but not its own field's: with
 * "Tài liệu" chosen, each year counts documents of that year, while the types still count everything of the
 * chosen year, so a reader can switch the type. A count is then what following its link shows, never a promise
 * of results that turn into none. It needs no scores, so the
 * postings are read without frequencies; the best hits are found by a separate ranked search that may skip. Counting
 * is by doc-values ordinal in plain arrays; values are looked up once a segment, never once a hit.
 */
final class FacetCounter extends SimpleCollector {

    static final List<String> FIELDS = List.of(SearchFields.TYPE, SearchFields.SECTION, SearchFields.YEAR);

    /** What a search counted: all matches, those that pass the filters (the total), and the facets. */
    record Counts(long matches, long total, Map<String, Map<String, Integer>> facets) {
    }

    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    private final String[] wanted;
    private final SortedDocValues[] values = new SortedDocValues[FIELDS.size()];
    private final int[][] perOrd = new int[FIELDS.size()][];
    private final int[] wantedOrd = new int[FIELDS.size()];
    private final int[] ords = new int[FIELDS.size()];
    private long matches;
    private long total;

    /** filters: the wanted value for each of FIELDS, null for any. */
    private FacetCounter(String[] filters) {
        this.wanted = filters;
        FIELDS.forEach(f -> counts.put(f, new TreeMap<>()));
    }

    /** Counts what matching finds. Slices of the index may be counted in parallel, then added up. */
    static Counts count(IndexSearcher searcher, Query matching, String... filters) throws IOException {
        return searcher.search(matching, new CollectorManager<FacetCounter, Counts>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(filters);
            }

            @Override
            public Counts reduce(Collection<FacetCounter> slices) throws IOException {
                Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
                FIELDS.forEach(f -> facets.put(f, new TreeMap<>()));
                long matches = 0;
                long total = 0;
                for (FacetCounter slice : slices) {
                    slice.finishSegment();
                    slice.counts.forEach((field, values) -> values.forEach((v, n) -> facets.get(field).merge(v, n, Integer::sum)));
                    matches += slice.matches;
                    total += slice.total;
                }
                facets.values().forEach(m -> m.remove(""));
                return new Counts(matches, total, facets);
            }
        });
    }

    /** The matching query narrowed to the filters (each a keyword field's value, null for any). */
    static Query filtered(Query matching, String... filters) {
        BooleanQuery.Builder query = null;
        for (int i = 0; i < FIELDS.size(); i++) {
            if (filters[i] != null) {
                if (query == null) {
                    query = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST);
                }
                query.add(new TermQuery(new Term(FIELDS.get(i), filters[i])), BooleanClause.Occur.FILTER);
            }
        }
        return query == null ? matching : query.build();
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishSegment();
        for (int i = 0; i < FIELDS.size(); i++) {
            SortedDocValues dv = context.reader().getSortedDocValues(FIELDS.get(i));
            values[i] = dv;
            perOrd[i] = dv == null ? null : new int[dv.getValueCount()];
            wantedOrd[i] = -1;
            if (wanted[i] != null) {
                // a value this segment lacks: none of its documents pass the filter
                wantedOrd[i] = dv == null ? -1 : dv.lookupTerm(new BytesRef(wanted[i]));
            }
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        matches++;
        int failing = 0;
        int failed = -1;
        for (int i = 0; i < FIELDS.size(); i++) {
            SortedDocValues dv = values[i];
            boolean has = dv != null && dv.advanceExact(doc);
            ords[i] = has ? dv.ordValue() : -1;
            boolean passes = wanted[i] == null || ords[i] >= 0 && ords[i] == wantedOrd[i];
            if (!passes) {
                failing++;
                failed = i;
            }
        }
        if (failing > 1) {
            return;
        }
        if (failing == 0) {
            total++;
        }
        for (int i = 0; i < FIELDS.size(); i++) {
            // a field's values count the documents that pass every other field's filter
            if (ords[i] >= 0 && (failing == 0 || failed == i)) {
                perOrd[i][ords[i]]++;
            }
        }
    }


    private void finishSegment() throws IOException {
        for (int i = 0; i < FIELDS.size(); i++) {
            if (perOrd[i] == null) {
                continue;
            }
            Map<String, Integer> field = counts.get(FIELDS.get(i));
            for (int ord = 0; ord < perOrd[i].length; ord++) {
                if (perOrd[i][ord] > 0) {
                    field.merge(values[i].lookupOrd(ord).utf8ToString(), perOrd[i][ord], Integer::sum);
                }
            }
            perOrd[i] = null;
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
