package vn.quyentreem.portal.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.text.Normalizer;
import java.util.Map;

/**
 * Vietnamese is written in syllables separated by spaces, so the standard tokenizer finds them. Text is put in
 * NFC first (so NFD input matches), lower-cased, and — for the folded fields — stripped of diacritics, "đ" → "d".
 */
public final class VietnameseAnalyzers {

    private VietnameseAnalyzers() {
    }

    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    public static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new FoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, stream);
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return 100; // the title and the text of all_f: no phrase runs from one into the other
            }
        };
    }

    /** The analyzer for each field of the index. */
    public static Analyzer perField() {
        Analyzer folded = folded();
        return new PerFieldAnalyzerWrapper(exact(), Map.of(
                SearchFields.TITLE_FOLDED, folded,
                SearchFields.TEXT_FOLDED, folded,
                SearchFields.ALL_FOLDED, folded,
                SearchFields.META_FOLDED, folded,
                SearchFields.KEY, new KeywordAnalyzer()));
    }
}
