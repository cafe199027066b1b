package vn.quyentreem.portal.judging.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.judging.entity.Rubric;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Totals and aggregation checked against examples worked by hand; the arithmetic is in the comments. */
class ScoreAggregationTest {

    private static ScoreAggregation.Mark mark(String judge, String subject, double total) {
        return new ScoreAggregation.Mark(judge, subject, total);
    }

    private static List<String> ranking(Map<String, ScoreAggregation.SubjectScore> scores,
                                        Comparator<ScoreAggregation.SubjectScore> by) {
        return scores.values().stream().sorted(by.reversed()).map(ScoreAggregation.SubjectScore::subjectId).toList();
    }

    @Test
    void aTotalIsTheWeightedShareOfTheScale() {
        Rubric rubric = new Rubric(List.of(new Criterion("Ý tưởng", 40), new Criterion("Thể hiện", 30),
                new Criterion("Thông điệp", 30)), 10);
        // 40×8/10 + 30×6/10 + 30×10/10 = 32 + 18 + 30 = 80 of 100 → 80
        assertEquals(80.0, ScoreAggregation.total(rubric, List.of(8, 6, 10)));
        assertEquals(100.0, ScoreAggregation.total(rubric, List.of(10, 10, 10)));
        assertEquals(0.0, ScoreAggregation.total(rubric, List.of(0, 0, 0)));
        // weights need not sum to 100: 2×7/10 + 1×4/10 = 1.8 of 3 → 60
        Rubric small = new Rubric(List.of(new Criterion("a", 2), new Criterion("b", 1)), 10);
        assertEquals(60.0, ScoreAggregation.total(small, List.of(7, 4)));
        // 2×1/5 + 1×0/5 = 0.4 of 3 → 13.333… → 13.33 (as shown on the board and in exports)
        assertEquals(13.33, ScoreAggregation.total(new Rubric(small.getCriteria(), 5), List.of(1, 0)));
        assertThrows(IllegalArgumentException.class, () -> ScoreAggregation.total(small, List.of(7)));
    }

    @Test
    void aHarshJudgeWhoMissedOneWorkNoLongerDecidesTheOrder() {
        // A and B agree: w1 80, w2 75, w3 70, w4 72, so w1 > w2 > w4 > w3.
        // C is 20 points harsher on everything and declared a conflict on w4: w1 60, w2 55, w3 50.
        Map<String, ScoreAggregation.SubjectScore> scores = ScoreAggregation.aggregate(List.of(
                mark("A", "w1", 80), mark("B", "w1", 80), mark("C", "w1", 60),
                mark("A", "w2", 75), mark("B", "w2", 75), mark("C", "w2", 55),
                mark("A", "w3", 70), mark("B", "w3", 70), mark("C", "w3", 50),
                mark("A", "w4", 72), mark("B", "w4", 72)));
        // Means: w1 220/3 = 73.33, w2 205/3 = 68.33, w3 190/3 = 63.33, w4 144/2 = 72: w4 rises above w2 only
        // because C never scored it.
        assertEquals(73.33, scores.get("w1").mean());
        assertEquals(68.33, scores.get("w2").mean());
        assertEquals(63.33, scores.get("w3").mean());
        assertEquals(72.0, scores.get("w4").mean());
        assertEquals(List.of("w1", "w4", "w2", "w3"), ranking(scores, Comparator.comparingDouble(ScoreAggregation.SubjectScore::mean)));
        // A and B: μ = 297/4 = 74.25; deviations 5.75, 0.75, −4.25, −2.25; squares 33.0625 + 0.5625 + 18.0625
        //   + 5.0625 = 56.75; σ = √(56.75/4) = √14.1875 = 3.76663 → z: w1 1.52656, w2 0.19912, w3 −1.12833, w4 −0.59735
        // C: μ 55, σ = √(50/3) = 4.08248 → z: w1 1.22474, w2 0, w3 −1.22474
        // All 11 marks: M = (2×297 + 165)/11 = 759/11 = 69; squared deviations 2×(121+36+1+9) + (81+196+361) = 972;
        //   S = √(972/11) = √88.3636 = 9.40019
        // w1: z̄ = (2×1.52656 + 1.22474)/3 = 1.42596 → 69 + 9.40019×1.42596 = 69 + 13.40428 = 82.40428
        // w2: z̄ = (2×0.19912 + 0)/3 = 0.13274 → 69 + 1.24783 = 70.24783
        // w3: z̄ = (2×−1.12833 − 1.22474)/3 = −1.16047 → 69 − 10.90862 = 58.09138
        // w4: z̄ = −0.59735 → 69 − 5.61521 = 63.38479
        assertEquals(82.40, scores.get("w1").normalised());
        assertEquals(70.25, scores.get("w2").normalised());
        assertEquals(58.09, scores.get("w3").normalised());
        assertEquals(63.38, scores.get("w4").normalised());
        assertEquals(List.of("w1", "w2", "w4", "w3"), ranking(scores, Comparator.comparingDouble(ScoreAggregation.SubjectScore::normalised)),
                "A and B's order comes back");
        assertEquals(3, scores.get("w1").judges());
        assertEquals(20.0, scores.get("w1").spread());
        assertFalse(scores.get("w1").disputed(), "20 points apart is under the line");
        assertEquals(0.0, scores.get("w4").spread());
    }

    @Test
    void aJudgeWhoGaveOneMarkEverywhereSaysNothingAboutOrder() {
        // A: 90, 60 (μ 75, σ 15: z = +1, −1); B gives 70 to both (σ 0: z = 0).
        // Marks 90, 70, 60, 70: M = 72.5; deviations 17.5, −2.5, −12.5, −2.5 → squares 306.25 + 6.25 + 156.25 + 6.25 = 475
        // S = √(475/4) = √118.75 = 10.89725; s1: z̄ = (1 + 0)/2 = 0.5 → 72.5 + 5.44862 = 77.95; s2: z̄ = −0.5 → 67.05
        Map<String, ScoreAggregation.SubjectScore> scores = ScoreAggregation.aggregate(List.of(
                mark("A", "s1", 90), mark("B", "s1", 70), mark("A", "s2", 60), mark("B", "s2", 70)));
        assertEquals(77.95, scores.get("s1").normalised());
        assertEquals(67.05, scores.get("s2").normalised());
        assertEquals(80.0, scores.get("s1").mean());
        assertEquals(65.0, scores.get("s2").mean());
    }

    @Test
    void aSubjectWithOneJudgeIsReadAgainstThatJudge() {
        // A: p 90, q 70, r 50 (μ 70, σ = √(800/3) = 16.32993: z 1.22474, 0, −1.22474); B: p 80, q 60 (μ 70, σ 10: z 1, −1)
        // M = 350/5 = 70; squared deviations 400 + 0 + 400 + 100 + 100 = 1000; S = √200 = 14.14214
        // r, A alone: z̄ = −1.22474 → 70 − 17.32051 = 52.67949 → 52.68 (its raw mean is 50)
        // p: z̄ = (1.22474 + 1)/2 = 1.11237 → 70 + 15.73132 = 85.73; q: z̄ = (0 − 1)/2 = −0.5 → 70 − 7.07107 = 62.93
        Map<String, ScoreAggregation.SubjectScore> scores = ScoreAggregation.aggregate(List.of(
                mark("A", "p", 90), mark("A", "q", 70), mark("A", "r", 50), mark("B", "p", 80), mark("B", "q", 60)));
        assertEquals(new ScoreAggregation.SubjectScore("r", 1, 50.0, 52.68, 0.0, false), scores.get("r"));
        assertEquals(new ScoreAggregation.SubjectScore("p", 2, 85.0, 85.73, 10.0, false), scores.get("p"));
        assertEquals(new ScoreAggregation.SubjectScore("q", 2, 65.0, 62.93, 10.0, false), scores.get("q"));
        assertEquals(List.of("p", "q", "r"), List.copyOf(scores.keySet()), "in order of first mark");
    }

    @Test
    void disagreementStartsAtTwentyFivePoints() {
        Map<String, ScoreAggregation.SubjectScore> scores = ScoreAggregation.aggregate(List.of(
                mark("A", "x", 90), mark("B", "x", 65), mark("A", "y", 80), mark("B", "y", 55.01), mark("A", "z", 40)));
        assertEquals(25.0, scores.get("x").spread());
        assertTrue(scores.get("x").disputed(), "exactly 25 apart");
        assertEquals(24.99, scores.get("y").spread());
        assertFalse(scores.get("y").disputed(), "24.99 apart");
        assertFalse(scores.get("z").disputed(), "one judge cannot disagree with themselves");
        assertEquals(1, scores.get("z").judges());
    }

    @Test
    void whenEveryMarkIsTheSameTheNormalisedScoreIsTheMean() {
        assertEquals(66.0, ScoreAggregation.aggregate(List.of(mark("A", "only", 66))).get("only").normalised());
        // 70.33 three times: the judge's σ is rounding noise at most, so it counts as 0, and S = 0 too
        Map<String, ScoreAggregation.SubjectScore> same = ScoreAggregation.aggregate(List.of(
                mark("A", "a", 70.33), mark("A", "b", 70.33), mark("B", "a", 70.33)));
        assertEquals(70.33, same.get("a").normalised());
        assertEquals(70.33, same.get("b").normalised());
        assertTrue(ScoreAggregation.aggregate(List.of()).isEmpty());
    }
}
