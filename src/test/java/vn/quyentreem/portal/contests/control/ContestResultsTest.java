package vn.quyentreem.portal.contests.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Combining jury and public scores, checked against figures worked by hand. */
class ContestResultsTest {

    private final Contest contest = ContestDefinition.read(ContestSamples.definition()); // 70 % jury, 30 % public

    @Test
    void juryAndPublicAreCombinedByTheContestsWeights() {
        // public = 100 × 30 / 120 = 25; combined = 0.7 × 80 + 0.3 × 25 = 56 + 7.5 = 63.5
        ContestResults.Standing s = ContestResults.standing(contest, new ContestEntry(), 80, 30, 120);
        assertEquals(25.0, s.publicScore());
        assertEquals(63.5, s.score());
        // the most-voted entry gets the full public score: 0.7 × 60 + 0.3 × 100 = 72
        assertEquals(72.0, ContestResults.standing(contest, new ContestEntry(), 60, 120, 120).score());
        // nobody voted: public scores are 0, not a division by zero: 0.7 × 90 = 63
        assertEquals(63.0, ContestResults.standing(contest, new ContestEntry(), 90, 0, 0).score());
    }

    @Test
    void withoutVotingTheJuryDecidesAlone() {
        Contest juryOnly = ContestDefinition.read(ContestSamples.definition()
                .replace("voting: {enabled: true, period: day, juryWeight: 70, publicWeight: 30}", "voting: {enabled: false}"));
        assertEquals(81.3, ContestResults.standing(juryOnly, new ContestEntry(), 81.25, 5, 10).score());
    }

    @Test
    void anExcerptEndsAtAWord() {
        String text = "Ngôi nhà của em có ".repeat(30);
        String excerpt = ContestResults.excerpt(text);
        assertEquals(true, excerpt.length() <= 301 && excerpt.endsWith("…"), excerpt);
    }
}
