package vn.quyentreem.portal.judging.control;

import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.judging.entity.Rubric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns judges' scorecards into totals, and totals into a ranking that harsh or lenient judges do not decide. */
public final class ScoreAggregation {

    /** Points (out of 100) between a subject's highest and lowest total from which its judges are said to disagree. */
    public static final double DISAGREEMENT = 25.0;

    public record Mark(String judge, String subjectId, double total) {
    }

    public record SubjectScore(String subjectId, int judges, double mean, double normalised, double spread,
                               boolean disputed) {
    }

    private record Spread(double mean, double sd) {
    }

    private ScoreAggregation() {
    }

    /**
     * The weighted score on 0–100: Σ wᵢ·sᵢ/scale ÷ Σ wᵢ × 100, rounded to 2 decimals as it is shown, so a board can
     * be checked by hand from the exported totals.
     *
     * @throws IllegalArgumentException when the scores do not match the rubric (a card from before the rubric changed)
     */
    public static double total(Rubric rubric, List<Integer> scores) {
        List<Criterion> criteria = rubric.getCriteria();
        if (scores.size() != criteria.size() || rubric.totalWeight() <= 0 || rubric.getScaleMax() <= 0) {
            throw new IllegalArgumentException(scores.size() + " scores for " + criteria.size() + " criteria");
        }
        double sum = 0;
        for (int i = 0; i < criteria.size(); i++) {
            sum += criteria.get(i).getWeight() * (scores.get(i) / (double) rubric.getScaleMax());
        }
        return round(sum / rubric.totalWeight() * 100);
    }

    /**
     * Per subject, in order of first mark: the number of judges, the plain mean of their totals, a normalised score,
     * the spread (highest − lowest) and whether the judges disagree (two or more, spread ≥ {@link #DISAGREEMENT}).
     * <p>
     * The plain mean favours subjects that escaped a harsh judge (a conflict, an unfinished pile). The normalised
     * score reads each mark against its own judge instead: z = (t − μⱼ) / σⱼ over everything that judge scored, then
     * puts the subject's mean z back on the scale of all marks, M + S·z̄, clamped to 0–100. A judge with one mark or
     * the same mark everywhere (σⱼ = 0) tells nothing about order, so their marks count as z = 0; when all marks are
     * equal (S = 0) the normalised score is the mean. Every figure is rounded to 2 decimals, half up.
     */
    public static Map<String, SubjectScore> aggregate(List<Mark> marks) {
        Map<String, List<Double>> totalsByJudge = new LinkedHashMap<>();
        Map<String, List<Mark>> bySubject = new LinkedHashMap<>();
        for (Mark m : marks) {
            totalsByJudge.computeIfAbsent(m.judge(), j -> new ArrayList<>()).add(m.total());
            bySubject.computeIfAbsent(m.subjectId(), s -> new ArrayList<>()).add(m);
        }
        Map<String, Spread> judges = new LinkedHashMap<>();
        totalsByJudge.forEach((judge, totals) -> judges.put(judge, spread(totals)));
        Spread all = spread(marks.stream().map(Mark::total).toList());

        Map<String, SubjectScore> scores = new LinkedHashMap<>();
        bySubject.forEach((subject, own) -> {
            double mean = own.stream().mapToDouble(Mark::total).average().orElse(0);
            double z = own.stream().mapToDouble(m -> {
                Spread j = judges.get(m.judge());
                return j.sd() == 0 ? 0 : (m.total() - j.mean()) / j.sd();
            }).average().orElse(0);
            double normalised = all.sd() == 0 ? mean : Math.max(0, Math.min(100, all.mean() + all.sd() * z));
            double spread = round(own.stream().mapToDouble(Mark::total).max().orElse(0)
                    - own.stream().mapToDouble(Mark::total).min().orElse(0));
            scores.put(subject, new SubjectScore(subject, own.size(), round(mean), round(normalised), spread,
                    own.size() >= 2 && spread >= DISAGREEMENT));
        });
        return scores;
    }

    /** Mean and population standard deviation. */
    private static Spread spread(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
        double sd = Math.sqrt(variance);
        // the mean of equal doubles can miss them by an ulp; that noise must not read as a judge ranking subjects
        return new Spread(mean, sd < 1e-6 ? 0 : sd);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
