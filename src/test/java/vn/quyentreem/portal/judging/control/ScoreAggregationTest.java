package vn.quyentreem.portal.judging.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.judging.entity.Rubric;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Aggregation checked against examples worked by hand; the arithmetic is in the comments. */
class ScoreAggregationTest {

    private static ScoreAggregation.Mark mark(String judge, String subject, double total) {
        return new ScoreAggregation.Mark(judge, subject, total);
    }

    @Test
    void aTotalIsTheWeightedShareOfTheScale() {
        Rubric rubric = new Rubric(List.of(new Criterion("Ý tưởng", 40), new Criterion("Thể hiện", 30),
                new Criterion("Thông điệp", 30)), 10);
        // (40×0.8 + 30×0.6 + 30×1.0) / 100 × 100 = 32 + 18 + 30 = 80
        assertEquals(80.0, ScoreAggregation.total(rubric, List.of(8, 6, 10)));
        // weights need not sum to 100: 2×(7/10) + 1×(4/10) = 1.8 of 3 → 60
        assertEquals(60.0, ScoreAggregation.total(new Rubric(List.of(new Criterion("a", 2), new Criterion("b", 1)), 10),
                List.of(7, 4)));
    }

    @Test
    void aHarshJudgeNoLongerDecidesTheOrder() {
        // Judges A and B score four works alike; C scores only w3 and w4, 20 points below everyone.
        //   w1: A 80, B 80          mean 80
        //   w2: A 70, B 70          mean 70
        //   w3: A 60, B 60, C 40    mean 53.33
        //   w4: A 50, B 50, C 30    mean 43.33
        // A and B: μ 65, σ = √((225+25+25+225)/4) = √125 = 11.1803 → z(80) = 1.3416, z(70) = 0.4472,
        //   z(60) = −0.4472, z(50) = −1.3416.  C: μ 35, σ 5 → z(40) = +1, z(30) = −1.
        // All ten marks: M = 590/10 = 59; squares of deviations 441+441+121+121+1+1+441+441+841+81 → wait, computed below.
        Map<String, ScoreAggregation.SubjectScore> scores = ScoreAggregation.aggregate(List.of(
                mark("A", "w1", 80), mark("B", "w1", 80),
                mark("A", "w2", 70), mark("B", "w2", 70),
                mark("A", "w3", 60), mark("B", "w3", 60), mark("C", "w3", 40),
                mark("A", "w4", 50), mark("B", "w4", 50), mark("C", "w4", 30)));
        // deviations from 59: 21,21,11,11,1,1,−19,−9,−9,−29 → squares 441,441,121,121,1,1,361,81,81,841 = 2490
        // S = √(2490/10) = √249 = 15.7797
        // w3: mean z = (−0.4472 −0.4472 + 1)/3 = 0.0352 → 59 + 15.7797 × 0.0352 = 59.56
        // w4: mean z = (−1.3416 −1.3416 −1)/3 = −1.2277 → 59 − 19.3734 = 39.63
        assertEquals(53.33, scores.get("w3").mean());
        assertEquals(59.56, scores.get("w3").normalised());
        assertEquals(39.63, scores.get("w4").normalised());
        // w1: z 1.3416 → 59 + 21.1700 = 80.17; w2: z 0.4472 → 59 + 7.0567 = 66.06
        assertEquals(80.17, scores.get("w1").normalised());
        assertEquals(66.06, scores.get("w2").normalised());
        assertEquals(20.0, scores.get("w3").spread());
        assertFalse(scores.get("w3").disputed(), "20 points apart is under the line");
    }

    @Test
    void aJudgeWhoGaveOneMarkEverywhereSaysNothingAboutOrder() {
        // A: 90, 60 (μ 75, σ 15: z = +1, −1); B gives 70 to both (σ 0: z = 0).
        // Marks 90, 70, 60, 70: M = 72.5; deviations 17.5, −2.5, −12.5, −2.5 → squares 306.25+6.25+156.25+6.25 = 475
        // S = √118.75 = 10.8972; s1: z̄ = (1+0)/2 = 0.5 → 72.5 + 5.4486 = 77.95; s2: z̄ = −0.5 → 67.05
        Map<String, ScoreAggregation.SubjectScore> scores = ScoreAggregation.aggregate(List.of(
                mark("A", "s1", 90), mark("B", "s1", 70), mark("A", "s2", 60), mark("B", "s2", 70)));
        assertEquals(77.95, scores.get("s1").normalised());
        assertEquals(67.05, scores.get("s2").normalised());
        assertEquals(80.0, scores.get("s1").mean());
    }

    @Test
    void disagreementStartsAtTwentyFivePoints() {
        Map<String, ScoreAggregation.SubjectScore> scores = ScoreAggregation.aggregate(List.of(
                mark("A", "x", 90), mark("B", "x", 65), mark("A", "y", 80), mark("B", "y", 55.01), mark("A", "z", 40)));
        assertTrue(scores.get("x").disputed(), "exactly 25 apart");
        assertFalse(scores.get("y").disputed(), "24.99 apart");
        assertFalse(scores.get("z").disputed(), "one judge cannot disagree with themselves");
        assertEquals(1, scores.get("z").judges());
    }

    @Test
    void withOneMarkOnlyTheNormalisedScoreIsTheMean() {
        assertEquals(66.0, ScoreAggregation.aggregate(List.of(mark("A", "only", 66))).get("only").normalised());
    }
}
