package vn.quyentreem.portal.search.control;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts the hits of a query by type, section and year, from doc values, without loading any document. */
final class FacetCounter extends SimpleCollector {

    static final List<String> FIELDS = List.of(SearchFields.TYPE, SearchFields.SECTION, SearchFields.YEAR);

    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    private final SortedDocValues[] values = new SortedDocValues[FIELDS.size()];

    private FacetCounter() {
        FIELDS.forEach(f -> counts.put(f, new TreeMap<>()));
    }

    static Map<String, Map<String, Integer>> count(IndexSearcher searcher, Query query) throws IOException {
        FacetCounter counter = new FacetCounter();
        searcher.search(query, counter);
        counter.counts.values().forEach(m -> m.remove(""));
        return counter.counts;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        for (int i = 0; i < FIELDS.size(); i++) {
            values[i] = context.reader().getSortedDocValues(FIELDS.get(i));
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        for (int i = 0; i < FIELDS.size(); i++) {
            if (values[i] != null && values[i].advanceExact(doc)) {
                counts.get(FIELDS.get(i)).merge(values[i].lookupOrd(values[i].ordValue()).utf8ToString(), 1, Integer::sum);
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
