package vn.quyentreem.portal.judging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.judging.entity.Conflict;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.judging.entity.Conflicts;
import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.judging.entity.Rubric;
import vn.quyentreem.portal.judging.entity.Scorecard;
import vn.quyentreem.portal.judging.entity.Scorecards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scoring by a jury or council, for any feature that needs it (contest entries, award nominees): scorecards per
 * round, declared conflicts of interest, and the board that shows progress, aggregated scores and disagreements.
 * Which judges and subjects belong to a round is the calling feature's business; this module only keeps scores.
 */
@ApplicationScoped
public class Judging {

    public record JudgeProgress(String judge, int assigned, int scored, int conflicts) {
    }

    public record Board(List<JudgeProgress> progress, List<ScoreAggregation.SubjectScore> scores,
                        List<ScoreAggregation.SubjectScore> disputed) {
    }

    @Inject
    Leases leases;

    @Inject
    Scorecards cards;

    @Inject
    Conflicts conflicts;

    public Judging() {
    }

    Judging(Scorecards cards, Conflicts conflicts, Leases leases) {
        this.leases = leases;
        this.cards = cards;
        this.conflicts = conflicts;
    }

    /**
     * Takes a judge's scores for a subject, replacing any they gave before. Holds the subject's lease, so a conflict
     * declared at the same moment, on any node, cannot slip between the check and the save.
     */
    public Scorecard score(String round, Rubric rubric, String judge, String subjectId, List<Integer> scores,
                                        String comment) {
        return leases.exclusively("judging:" + subjectId, () -> {
            List<Criterion> criteria = rubric.getCriteria();
            if (criteria.isEmpty() || rubric.totalWeight() <= 0 || rubric.getScaleMax() <= 0) {
                throw new JudgingRefusal(409, "Vòng chấm này chưa có tiêu chí và thang điểm hợp lệ");
            }
            if (scores == null || scores.size() != criteria.size()) {
                throw new JudgingRefusal(400, "Cần chấm đủ " + criteria.size() + " tiêu chí");
            }
            for (int i = 0; i < criteria.size(); i++) {
                Integer s = scores.get(i);
                if (s == null || s < 0 || s > rubric.getScaleMax()) {
                    throw new JudgingRefusal(400, "Điểm tiêu chí “" + criteria.get(i).getName() + "” phải từ 0 đến "
                            + rubric.getScaleMax());
                }
            }
            String note = comment == null || comment.isBlank() ? null : comment.strip();
            if (note != null && note.length() > 2000) {
                throw new JudgingRefusal(400, "Nhận xét dài quá 2000 ký tự");
            }
            if (conflicts.findById(Scorecard.key(round, judge, subjectId)).isPresent()) {
                throw new JudgingRefusal(409, "Bạn đã khai báo xung đột lợi ích nên không chấm mục này");
            }
            Scorecard card = new Scorecard();
            card.setId(Scorecard.key(round, judge, subjectId));
            card.setRound(round);
            card.setJudge(judge);
            card.setSubjectId(subjectId);
            card.setScores(new ArrayList<>(scores));
            card.setComment(note);
            card.setUpdatedAt(Instant.now());
            return cards.save(card);
            });
    }

    /** The judge steps aside for this subject; a score they already gave is taken back. */
    public Conflict declareConflict(String round, String judge, String subjectId, String reason) {
        return leases.exclusively("judging:" + subjectId, () -> {
            String why = reason == null ? "" : reason.strip();
            if (why.isEmpty()) {
                throw new JudgingRefusal(400, "Hãy ghi ngắn gọn lý do xung đột lợi ích");
            }
            if (why.length() > 500) {
                throw new JudgingRefusal(400, "Lý do dài quá 500 ký tự");
            }
            String key = Scorecard.key(round, judge, subjectId);
            cards.deleteById(key);
            Conflict conflict = new Conflict();
            conflict.setId(key);
            conflict.setRound(round);
            conflict.setJudge(judge);
            conflict.setSubjectId(subjectId);
            conflict.setReason(why);
            conflict.setDeclaredAt(Instant.now());
            return conflicts.save(conflict);
            });
    }

    public Set<String> conflictsOf(String round, String judge) {
        return conflicts.findByRound(round).stream().filter(c -> c.getJudge().equals(judge))
                .map(Conflict::getSubjectId).collect(Collectors.toSet());
    }

    public Optional<Scorecard> card(String round, String judge, String subjectId) {
        return cards.findById(Scorecard.key(round, judge, subjectId));
    }

    public List<Scorecard> cards(String round) {
        return cards.findByRound(round);
    }

    public List<Conflict> conflicts(String round) {
        return conflicts.findByRound(round);
    }

    /**
     * Progress, scores and disagreements of a round, counting only the given judges and subjects (a judge who left
     * the jury, an entry withdrawn or moved on, do not count) and only cards that fit the rubric as it is now.
     */
    public Board board(String round, Rubric rubric, Collection<String> judges, Collection<String> subjects) {
        Set<String> inRound = new LinkedHashSet<>(subjects);
        Set<String> onJury = new LinkedHashSet<>(judges);
        List<Scorecard> counted = cards.findByRound(round).stream()
                .filter(c -> onJury.contains(c.getJudge()) && inRound.contains(c.getSubjectId()))
                .filter(c -> fits(rubric, c.getScores())).toList();
        List<Conflict> declared = conflicts.findByRound(round).stream()
                .filter(c -> onJury.contains(c.getJudge()) && inRound.contains(c.getSubjectId())).toList();
        List<JudgeProgress> progress = onJury.stream().map(judge -> {
            int conflicted = (int) declared.stream().filter(c -> c.getJudge().equals(judge)).count();
            int scored = (int) counted.stream().filter(c -> c.getJudge().equals(judge)).count();
            return new JudgeProgress(judge, inRound.size() - conflicted, scored, conflicted);
        }).toList();
        Map<String, ScoreAggregation.SubjectScore> aggregated = ScoreAggregation.aggregate(counted.stream()
                .map(c -> new ScoreAggregation.Mark(c.getJudge(), c.getSubjectId(), ScoreAggregation.total(rubric, c.getScores())))
                .toList());
        List<ScoreAggregation.SubjectScore> scores = new ArrayList<>(aggregated.values());
        for (String subject : inRound) {
            if (!aggregated.containsKey(subject)) {
                scores.add(new ScoreAggregation.SubjectScore(subject, 0, 0, 0, 0, false));
            }
        }
        scores.sort(Comparator.comparingDouble(ScoreAggregation.SubjectScore::normalised).reversed()
                .thenComparing(Comparator.comparingDouble(ScoreAggregation.SubjectScore::mean).reversed()));
        return new Board(progress, scores, scores.stream().filter(ScoreAggregation.SubjectScore::disputed).toList());
    }

    /** A card given before the rubric lost or gained a criterion, or lowered its scale, is left for the judge to redo. */
    private static boolean fits(Rubric rubric, List<Integer> scores) {
        return rubric.totalWeight() > 0 && rubric.getScaleMax() > 0 && scores.size() == rubric.getCriteria().size()
                && scores.stream().allMatch(s -> s != null && s >= 0 && s <= rubric.getScaleMax());
    }

    /** Removes every score and declaration about a subject, e.g. a withdrawn child's entry. */
    public void forget(String subjectId) {
        leases.exclusively("judging:" + subjectId, () -> {
            cards.findBySubjectId(subjectId).forEach(c -> cards.deleteById(c.getId()));
            conflicts.findBySubjectId(subjectId).forEach(c -> conflicts.deleteById(c.getId()));
            });
    }
}
