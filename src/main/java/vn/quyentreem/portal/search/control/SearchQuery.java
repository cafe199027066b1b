package vn.quyentreem.portal.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a reader typed into Lucene queries. Each syllable matches its folded form anywhere, its exact
 * (accented) form scores more, titles score more than text, and syllables next to each other score more still.
 * Nothing the reader types is query syntax, so no input can make it fail.
 *
 * <p>Two queries come out of one text: {@link #matching} finds, counts and plainly ranks every match (the folded
 * syllables in title and text together); {@link #bonus} adds to that score, but only for the best hundred or so of
 * them, as it costs several times more to run over every match. The {@link #phrase} as typed outweighs everything
 * else in that second pass ({@link #phraseBonus}).
 */
public final class SearchQuery {

    static final float TITLE_EXACT = 6f;
    static final float TITLE_FOLDED = 3f;
    static final float TEXT_EXACT = 2f;
    static final float PHRASE_TITLE = 10f;
    static final float PHRASE_TEXT = 4f;
    /** A word found only in tags, topic or audience counts a fifth of one in the text. */
    static final float META = 0.2f;
    /**
     * Above any sum of the other scores: every item with the syllables side by side as typed comes before every item
     * that has them apart or, typed with tones, only once folded (the same letters in other tones), however long it is.
     */
    static final float PHRASE_FIRST = 1000f;

    private static final Analyzer EXACT = VietnameseAnalyzers.exact();
    private static final Analyzer FOLDED = VietnameseAnalyzers.folded();

    private SearchQuery() {
    }

    /**
     * What lifts a match above the plain score of {@link #matching}: syllables typed with their accents and found
     * so, syllables in the title, and syllables side by side as typed. Scored only on the candidates; null when the
     * text has no searchable word (only punctuation, say).
     */
    public static Query bonus(String typed) {
        return bonus(typed, true);
    }

    private static Query bonus(String typed, boolean textPhrase) {
        String text = VietnameseAnalyzers.nfc(typed);
        List<String> exact = terms(EXACT, text);
        List<String> folded = terms(FOLDED, text);
        if (folded.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < folded.size(); i++) {
            query.add(boosted(SearchFields.TITLE_FOLDED, folded.get(i), TITLE_FOLDED), Occur.SHOULD);
            // "exact" differs from "folded" only for syllables the analysers split alike
            if (exact.size() == folded.size()) {
                query.add(boosted(SearchFields.TITLE, exact.get(i), TITLE_EXACT), Occur.SHOULD);
                query.add(boosted(SearchFields.TEXT, exact.get(i), TEXT_EXACT), Occur.SHOULD);
            }
        }
        if (folded.size() > 1) {
            query.add(new BoostQuery(phrase(SearchFields.TITLE_FOLDED, folded), PHRASE_TITLE), Occur.SHOULD);
            if (textPhrase) {
                query.add(new BoostQuery(phrase(SearchFields.ALL_FOLDED, folded), PHRASE_TEXT), Occur.SHOULD);
            }
        }
        return query.build();
    }

    /**
     * The syllables side by side as typed, in the title or the text: with their tones when typed with tones (the
     * text as written), folded when typed without. Null for a single syllable typed without tones, which every match
     * has anyway, and for a text without any word.
     */
    public static Query phrase(String typed) {
        String text = VietnameseAnalyzers.nfc(typed);
        List<String> exact = terms(EXACT, text);
        List<String> folded = terms(FOLDED, text);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (accented(exact, folded)) {
            query.add(phrase(SearchFields.TITLE, exact), Occur.SHOULD);
            query.add(phrase(SearchFields.TEXT, exact), Occur.SHOULD);
        } else if (folded.size() > 1) {
            return phrase(SearchFields.ALL_FOLDED, folded); // the title is in it, apart from the text
        } else {
            return null;
        }
        return query.build();
    }

    /**
     * The {@link #bonus} with the {@link #phrase} above all, to add to the plain score; null when there is no phrase.
     * Typed without tones, the phrase is the folded one the bonus would score again: it counts once, as the tier.
     */
    public static Query phraseBonus(String typed) {
        Query phrase = phrase(typed);
        if (phrase == null) {
            return null;
        }
        String text = VietnameseAnalyzers.nfc(typed);
        return new BooleanQuery.Builder()
                .add(bonus(typed, accented(terms(EXACT, text), terms(FOLDED, text))), Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(phrase), PHRASE_FIRST), Occur.SHOULD)
                .build();
    }

    /** Whether the text was typed with tones. */
    public static boolean accented(String typed) {
        String text = VietnameseAnalyzers.nfc(typed);
        return accented(terms(EXACT, text), terms(FOLDED, text));
    }

    /** Typed with tones: some syllable differs from its folded form ("em" does not, "trẻ" does). */
    private static boolean accented(List<String> exact, List<String> folded) {
        return !exact.isEmpty() && exact.size() == folded.size() && !exact.equals(folded);
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

    private static Query boosted(String field, String term, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, term)), boost);
    }

    /**
     * The items that have every syllable typed, ranked plainly by how well the folded syllables fit title and text
     * together. One term a syllable, in one field: cheap enough to run over every match, to count them and to pick
     * the candidates that {@link #of} then ranks.
     */
    public static Query matching(String typed) {
        List<String> folded = terms(FOLDED, VietnameseAnalyzers.nfc(typed));
        return folded.isEmpty() ? null : words(SearchFields.ALL_FOLDED, folded, folded.size(), false);
    }

    /**
     * For when nothing has every syllable in its title and text: the items that have the rest in their tags, topic or
     * audience, which weigh a fifth of a word of the text. Kept out of {@link #matching}: a word that many items share
     * as their topic must not lift a short one above a longer one with the word in its text, and looking in two
     * fields for every syllable would double the cost of the first pass.
     */
    public static Query withTags(String typed) {
        List<String> folded = terms(FOLDED, VietnameseAnalyzers.nfc(typed));
        return folded.isEmpty() ? null : words(SearchFields.ALL_FOLDED, folded, folded.size(), true);
    }

    /**
     * For when nothing has every syllable of a longer text: the items that have most of them (a stray or mistyped
     * word is forgiven). Null when the text is too short to forgive anything.
     */
    public static Query relaxed(String typed) {
        List<String> folded = terms(FOLDED, VietnameseAnalyzers.nfc(typed));
        int required = required(folded.size());
        return required == folded.size() ? null : words(SearchFields.ALL_FOLDED, folded, required, true);
    }

    /** The syllables as typed, tones and all, to mark in the stored text read as written; null when typed without tones. */
    public static Query exactHighlighting(String typed) {
        String text = VietnameseAnalyzers.nfc(typed);
        List<String> exact = terms(EXACT, text);
        return accented(exact, terms(FOLDED, text)) ? words(SearchFields.TEXT_FOLDED, exact, 1, false) : null;
    }

    /** The folded syllables in the stored text, for the highlighter to mark accented and plain matches alike. */
    public static Query highlighting(String typed) {
        List<String> folded = terms(FOLDED, VietnameseAnalyzers.nfc(typed));
        return words(SearchFields.TEXT_FOLDED, folded, 1, false);
    }

    private static Query words(String field, List<String> syllables, int required, boolean tags) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String s : syllables) {
            words.add(tags ? withTag(field, s) : new TermQuery(new Term(field, s)),
                    required == syllables.size() ? Occur.MUST : Occur.SHOULD);
        }
        if (required > 1 && required < syllables.size()) {
            words.setMinimumNumberShouldMatch(required);
        }
        return words.build();
    }

    /** A syllable in the text, or, weighing little, in the tags. */
    private static Query withTag(String field, String folded) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field, folded)), Occur.SHOULD)
                .add(boosted(SearchFields.META_FOLDED, folded, META), Occur.SHOULD)
                .build();
    }

    // Exact adjacency (no slop): a sloppy phrase has to check every position pair of every matching item, and
    // costs several times more on syllables as common as "trẻ" and "em" for no better ranking.
    private static Query phrase(String field, List<String> terms) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
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
