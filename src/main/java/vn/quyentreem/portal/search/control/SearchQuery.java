package vn.quyentreem.portal.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a reader typed into a Lucene query. Each syllable matches its folded form anywhere, its exact
 * (accented) form scores more, titles score more than text, and syllables next to each other score more still.
 * Nothing the reader types is query syntax, so no input can make it fail.
 */
public final class SearchQuery {

    static final float TITLE_EXACT = 6f;
    static final float TITLE_FOLDED = 3f;
    static final float TEXT_EXACT = 2f;
    static final float TEXT_FOLDED = 1f;
    static final float PHRASE_TITLE = 10f;
    static final float PHRASE_TEXT = 4f;

    private static final Analyzer EXACT = VietnameseAnalyzers.exact();
    private static final Analyzer FOLDED = VietnameseAnalyzers.folded();

    private SearchQuery() {
    }

    /** The query for the text, or null when it has no searchable word (only punctuation, say). */
    public static Query of(String typed) {
        String text = VietnameseAnalyzers.nfc(typed);
        List<String> exact = terms(EXACT, text);
        List<String> folded = terms(FOLDED, text);
        if (folded.isEmpty() || exact.size() != folded.size()) {
            return folded.isEmpty() ? null : foldedOnly(folded);
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (int i = 0; i < folded.size(); i++) {
            words.add(word(exact.get(i), folded.get(i)), Occur.SHOULD);
        }
        words.setMinimumNumberShouldMatch(required(folded.size()));
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        if (folded.size() > 1) {
            query.add(new BoostQuery(phrase(SearchFields.TITLE_FOLDED, folded), PHRASE_TITLE), Occur.SHOULD);
            query.add(new BoostQuery(phrase(SearchFields.TEXT_FOLDED, folded), PHRASE_TEXT), Occur.SHOULD);
        }
        return query.build();
    }

    /** Every syllable typed, the last one as a prefix: titles that start like what is being typed. */
    public static Query prefix(String typed) {
        List<String> folded = terms(FOLDED, VietnameseAnalyzers.nfc(typed));
        if (folded.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < folded.size() - 1; i++) {
            query.add(new TermQuery(new Term(SearchFields.TITLE_FOLDED, folded.get(i))), Occur.MUST);
        }
        query.add(new org.apache.lucene.search.PrefixQuery(new Term(SearchFields.TITLE_FOLDED, folded.get(folded.size() - 1))),
                Occur.MUST);
        return query.build();
    }

    /** Short queries need every syllable; longer ones forgive a stray word or two. */
    static int required(int words) {
        return words <= 3 ? words : (int) Math.ceil(words * 0.75);
    }

    private static Query word(String exact, String folded) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLE, exact)), TITLE_EXACT), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(SearchFields.TEXT, exact)), TEXT_EXACT), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLE_FOLDED, folded)), TITLE_FOLDED), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(SearchFields.TEXT_FOLDED, folded)), TEXT_FOLDED), Occur.SHOULD)
                .build();
    }

    private static Query foldedOnly(List<String> folded) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String f : folded) {
            words.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLE_FOLDED, f)), TITLE_FOLDED), Occur.SHOULD)
                    .add(new TermQuery(new Term(SearchFields.TEXT_FOLDED, f)), Occur.SHOULD).build(), Occur.SHOULD);
        }
        words.setMinimumNumberShouldMatch(required(folded.size()));
        return words.build();
    }

    private static Query phrase(String field, List<String> terms) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
        for (String t : terms) {
            phrase.add(new Term(field, t));
        }
        return phrase.build();
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && out.size() < 32) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
