package vn.quyentreem.portal.search.control;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Which passages of a hit make its snippet: the default BM25 passage score, counting each distinct syllable
 * once, but without the 32 KB term table the stock scorer builds for every candidate passage — that table was
 * a third of all the memory one search allocated.
 */
final class PassageRanking extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        float score = 0;
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqs = passage.getMatchTermFreqsInDoc();
        int matches = passage.getNumMatches();
        for (int i = 0; i < matches; i++) {
            if (firstOf(terms, i)) {
                int inPassage = 0;
                for (int j = i; j < matches; j++) {
                    inPassage += terms[j].bytesEquals(terms[i]) ? 1 : 0;
                }
                score += weight(contentLength, freqs[i]) * tf(inPassage, passage.getLength());
            }
        }
        return score * norm(passage.getStartOffset());
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
