package vn.quyentreem.portal.judging.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.judging.entity.Conflict;
import vn.quyentreem.portal.judging.entity.Conflicts;
import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.judging.entity.Rubric;
import vn.quyentreem.portal.judging.entity.Scorecard;
import vn.quyentreem.portal.judging.entity.Scorecards;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JudgingTest {

    private final InMemoryRepository<Scorecard> cardRows = new InMemoryRepository<>(Scorecard::getId);
    private final InMemoryRepository<Conflict> conflictRows = new InMemoryRepository<>(Conflict::getId);
    private final Judging judging = new Judging(cardRows.as(Scorecards.class), conflictRows.as(Conflicts.class));
    private final Rubric rubric = new Rubric(List.of(new Criterion("Ý tưởng", 60), new Criterion("Thể hiện", 40)), 10);

    @Test
    void badScoresAreRefusedNamingTheCriterion() {
        JudgingRefusal e = assertThrows(JudgingRefusal.class, () -> judging.score("r", rubric, "gk", "e1", List.of(5, 11), null));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("Thể hiện"), e.getMessage());
        assertEquals(400, assertThrows(JudgingRefusal.class, () -> judging.score("r", rubric, "gk", "e1", List.of(5), null)).status());
        assertTrue(cardRows.rows.isEmpty());
    }

    @Test
    void aConflictTakesBackTheScoreAndBlocksScoring() {
        judging.score("r", rubric, "gk", "e1", List.of(5, 5), "Được");
        assertTrue(judging.card("r", "gk", "e1").isPresent());
        assertEquals(400, assertThrows(JudgingRefusal.class, () -> judging.declareConflict("r", "gk", "e1", " ")).status());
        judging.declareConflict("r", "gk", "e1", "Học trò của tôi");
        assertTrue(judging.card("r", "gk", "e1").isEmpty());
        assertEquals(409, assertThrows(JudgingRefusal.class, () -> judging.score("r", rubric, "gk", "e1", List.of(5, 5), null)).status());
        assertEquals(java.util.Set.of("e1"), judging.conflictsOf("r", "gk"));
    }

    @Test
    void theBoardCountsProgressAndIgnoresOtherRounds() {
        judging.score("r", rubric, "gk1", "e1", List.of(8, 6), null);
        judging.score("r", rubric, "gk1", "e2", List.of(6, 5), null);
        judging.score("r", rubric, "gk2", "e1", List.of(9, 9), null);
        judging.declareConflict("r", "gk2", "e2", "Người nhà");
        judging.score("other", rubric, "gk2", "e2", List.of(1, 1), null);
        Judging.Board board = judging.board("r", rubric, List.of("gk1", "gk2", "gk3"), List.of("e1", "e2", "e3"));
        assertEquals(new Judging.JudgeProgress("gk1", 3, 2, 0), board.progress().get(0));
        assertEquals(new Judging.JudgeProgress("gk2", 2, 1, 1), board.progress().get(1));
        assertEquals(new Judging.JudgeProgress("gk3", 3, 0, 0), board.progress().get(2));
        // e1: 72 and 90 → mean 81; e2: 56 alone; e3 unscored
        assertEquals("e1", board.scores().get(0).subjectId());
        assertEquals(81.0, board.scores().get(0).mean());
        assertEquals(0, board.scores().get(2).judges());
    }

    @Test
    void forgettingASubjectRemovesEveryTrace() {
        judging.score("r", rubric, "gk1", "e1", List.of(8, 6), null);
        judging.declareConflict("r", "gk2", "e1", "Người nhà");
        judging.score("r", rubric, "gk1", "e2", List.of(8, 6), null);
        judging.forget("e1");
        assertEquals(1, cardRows.rows.size());
        assertTrue(conflictRows.rows.isEmpty());
    }
}
