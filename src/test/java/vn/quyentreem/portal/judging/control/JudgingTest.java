package vn.quyentreem.portal.judging.control;

import vn.quyentreem.portal.testing.Fakes;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.judging.entity.Conflict;
import vn.quyentreem.portal.judging.entity.Conflicts;
import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.judging.entity.Rubric;
import vn.quyentreem.portal.judging.entity.Scorecard;
import vn.quyentreem.portal.judging.entity.Scorecards;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring, conflicts, the board and forgetting, on the real rules with in-memory stores. */
class JudgingTest {

    private final InMemoryRepository<Scorecard> cardRows = new InMemoryRepository<>(Scorecard::getId);
    private final InMemoryRepository<Conflict> conflictRows = new InMemoryRepository<>(Conflict::getId);
    private final Judging judging = new Judging(cardRows.as(Scorecards.class), conflictRows.as(Conflicts.class), Fakes.leases());
    // totals: 60×a/10 + 40×b/10
    private final Rubric rubric = new Rubric(List.of(new Criterion("Ý tưởng", 60), new Criterion("Thể hiện", 40)), 10);

    private int refusal(List<Integer> scores, String comment) {
        JudgingRefusal e = assertThrows(JudgingRefusal.class, () -> judging.score("r", rubric, "gk", "e1", scores, comment));
        return e.status();
    }

    @Test
    void badScoresAreRefusedNamingTheCriterion() {
        JudgingRefusal e = assertThrows(JudgingRefusal.class, () -> judging.score("r", rubric, "gk", "e1", List.of(5, 11), null));
        assertEquals(400, e.status());
        assertEquals("Điểm tiêu chí “Thể hiện” phải từ 0 đến 10", e.getMessage());
        JudgingRefusal below = assertThrows(JudgingRefusal.class, () -> judging.score("r", rubric, "gk", "e1", List.of(-1, 5), null));
        assertEquals("Điểm tiêu chí “Ý tưởng” phải từ 0 đến 10", below.getMessage());
        assertEquals(400, refusal(Arrays.asList(5, null), null));
        assertEquals(400, refusal(List.of(5), null));
        assertEquals(400, refusal(List.of(5, 5, 5), null));
        assertEquals(400, refusal(null, null));
        assertEquals(400, refusal(List.of(5, 5), "x".repeat(2001)));
        assertTrue(cardRows.rows.isEmpty());
    }

    @Test
    void scoringAgainReplacesTheCard() {
        judging.score("r", rubric, "gk", "e1", List.of(0, 10), "x".repeat(2000));
        Scorecard card = judging.score("r", rubric, "gk", "e1", List.of(7, 3), "  ");
        assertEquals(1, cardRows.rows.size());
        assertEquals("r|gk|e1", card.getId());
        assertEquals(List.of(7, 3), judging.card("r", "gk", "e1").orElseThrow().getScores());
        assertNull(card.getComment(), "a blank comment is no comment");
        assertTrue(card.getUpdatedAt() != null);
        assertEquals(List.of(card), judging.cards("r"));
    }

    @Test
    void aConflictTakesBackTheScoreAndBlocksScoring() {
        judging.score("r", rubric, "gk", "e1", List.of(5, 5), "Được");
        judging.score("r", rubric, "gk", "e2", List.of(5, 5), null);
        assertEquals(400, assertThrows(JudgingRefusal.class, () -> judging.declareConflict("r", "gk", "e1", " ")).status());
        assertEquals(400, assertThrows(JudgingRefusal.class, () -> judging.declareConflict("r", "gk", "e1", "x".repeat(501))).status());
        assertTrue(judging.card("r", "gk", "e1").isPresent(), "a refused declaration changes nothing");

        judging.declareConflict("r", "gk", "e1", "Học trò của tôi");
        assertTrue(judging.card("r", "gk", "e1").isEmpty());
        assertTrue(judging.card("r", "gk", "e2").isPresent());
        assertEquals(409, refusal(List.of(5, 5), null));
        assertEquals(Set.of("e1"), judging.conflictsOf("r", "gk"));
        assertEquals(Set.of(), judging.conflictsOf("r", "gk2"));
        assertEquals(Set.of(), judging.conflictsOf("other", "gk"));
        assertEquals(1, judging.conflicts("r").size());
        // the conflict is with that subject in that round only
        judging.score("r2", rubric, "gk", "e1", List.of(5, 5), null);
    }

    @Test
    void theBoardCountsOnlyTheRoundsJudgesAndSubjects() {
        judging.score("r", rubric, "gk1", "e1", List.of(8, 6), null);   // 48 + 24 = 72
        judging.score("r", rubric, "gk1", "e2", List.of(6, 5), null);   // 36 + 20 = 56
        judging.score("r", rubric, "gk2", "e1", List.of(9, 9), null);   // 90
        judging.declareConflict("r", "gk2", "e2", "Người nhà");
        judging.score("r", rubric, "gk3", "e1", List.of(4, 4), null);   // 40
        judging.score("r", rubric, "gk1", "e9", List.of(1, 1), null);   // not a subject of this board
        judging.score("r", rubric, "left", "e1", List.of(0, 0), null);  // no longer on the jury
        judging.declareConflict("r", "left", "e2", "Người nhà");
        judging.score("other", rubric, "gk3", "e2", List.of(1, 1), null);

        Judging.Board board = judging.board("r", rubric, List.of("gk1", "gk2", "gk3", "gk4"), List.of("e1", "e2", "e3"));
        assertEquals(List.of(new Judging.JudgeProgress("gk1", 3, 2, 0), new Judging.JudgeProgress("gk2", 2, 1, 1),
                new Judging.JudgeProgress("gk3", 3, 1, 0), new Judging.JudgeProgress("gk4", 3, 0, 0)), board.progress());
        // gk1: 72, 56 (μ 64, σ 8: z +1, −1); gk2 and gk3 one mark each: z 0.
        // Marks 72, 56, 90, 40: M = 64.5; squared deviations 56.25 + 72.25 + 650.25 + 600.25 = 1379; S = √344.75 = 18.56744
        // e1: mean 202/3 = 67.33, z̄ = 1/3 → 64.5 + 6.18915 = 70.69, spread 90 − 40 = 50 (disputed)
        // e2: mean 56, z̄ = −1 → 64.5 − 18.56744 = 45.93
        assertEquals(List.of(new ScoreAggregation.SubjectScore("e1", 3, 67.33, 70.69, 50.0, true),
                new ScoreAggregation.SubjectScore("e2", 1, 56.0, 45.93, 0.0, false),
                new ScoreAggregation.SubjectScore("e3", 0, 0, 0, 0, false)), board.scores());
        assertEquals(List.of(board.scores().get(0)), board.disputed());
    }

    @Test
    void theBoardLeavesOutCardsThatNoLongerFitTheRubric() {
        judging.score("r", rubric, "gk1", "e1", List.of(8, 6), null);
        judging.score("r", rubric, "gk2", "e1", List.of(9, 9), null);
        Rubric narrower = new Rubric(rubric.getCriteria(), 8);
        Judging.Board board = judging.board("r", narrower, List.of("gk1", "gk2"), List.of("e1"));
        // gk2's 9 is over the new top of 8; gk1's card (60×8/8 + 40×6/8 = 90) still counts
        assertEquals(List.of(new Judging.JudgeProgress("gk1", 1, 1, 0), new Judging.JudgeProgress("gk2", 1, 0, 0)), board.progress());
        assertEquals(new ScoreAggregation.SubjectScore("e1", 1, 90.0, 90.0, 0.0, false), board.scores().get(0));
    }

    @Test
    void forgettingASubjectRemovesEveryTraceInEveryRound() {
        judging.score("r", rubric, "gk1", "e1", List.of(8, 6), null);
        judging.score("r2", rubric, "gk1", "e1", List.of(8, 6), null);
        judging.declareConflict("r", "gk2", "e1", "Người nhà");
        judging.score("r", rubric, "gk1", "e2", List.of(8, 6), null);
        judging.declareConflict("r", "gk2", "e2", "Người nhà");
        judging.forget("e1");
        assertEquals(Set.of("r|gk1|e2"), cardRows.rows.keySet());
        assertEquals(Set.of("r|gk2|e2"), conflictRows.rows.keySet());
    }
}
