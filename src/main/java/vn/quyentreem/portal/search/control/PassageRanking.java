package vn.quyentreem.portal.search.control;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Which passages of a hit make its snippet: the default BM25 passage score, counting each distinct syllable
 * once, but without the 32 KB term table the stock scorer builds for every candidate passage — that table was
 * a third of all the memory one search allocated. A passage scores more for each other syllable of the query it
 * holds, and more again for syllables side by side: "sạc điện" is shown from the row that says "Sạc điện thoại",
 * however long, not from a short sentence that has only "điện", nor one where "sạc" and "điện" stand apart.
 */
final class PassageRanking extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        float score = 0;
        int distinct = 0;
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqs = passage.getMatchTermFreqsInDoc();
        int matches = passage.getNumMatches();
        for (int i = 0; i < matches; i++) {
            if (firstOf(terms, i)) {
                distinct++;
                int inPassage = 0;
                for (int j = i; j < matches; j++) {
                    inPassage += terms[j].bytesEquals(terms[i]) ? 1 : 0;
                }
                score += weight(contentLength, freqs[i]) * tf(inPassage, passage.getLength());
            }
        }
        int run = longestRun(passage);
        return score * distinct * distinct * run * run * norm(passage.getStartOffset());
    }

    /** The most matches in a row with only a space or two between them: the syllables typed side by side. */
    private static int longestRun(Passage passage) {
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        int longest = passage.getNumMatches() > 0 ? 1 : 0;
        int run = 1;
        for (int i = 1; i < passage.getNumMatches(); i++) {
            run = starts[i] - ends[i - 1] <= 2 ? run + 1 : 1;
            longest = Math.max(longest, run);
        }
        return Math.max(1, longest);
    }

    /** A passage holds a handful of matches: comparing them pairwise costs less than any table. */
    private static boolean firstOf(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) {
            if (terms[j].bytesEquals(terms[i])) {
                return false;
            }
        }
        return true;
    }
}
