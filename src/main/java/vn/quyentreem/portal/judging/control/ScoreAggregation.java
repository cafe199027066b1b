package vn.quyentreem.portal.judging.control;

import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.judging.entity.Rubric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns judges' marks into a ranking. Besides the plain mean, a normalised score corrects for harsh and lenient
 * judges: each mark becomes how far it sits from that judge's own average, in that judge's own spread (a z-score),
 * and the subject's average z-score is put back on the 0–100 scale of all marks. A judge who gave a single mark,
 * or the same mark to everything, tells nothing about order, so their marks count as z = 0.
 */
public final class ScoreAggregation {

    /** Points (out of 100) between a subject's highest and lowest mark from which judges are said to disagree. */
    public static final double DISAGREEMENT = 25.0;

    public record Mark(String judge, String subjectId, double total) {
    }

    public record SubjectScore(String subjectId, int judges, double mean, double normalised, double spread,
                               boolean disputed) {
    }

    private ScoreAggregation() {
    }

    /** The weighted score on 0–100: Σ wᵢ·sᵢ/scale ÷ Σ wᵢ × 100. */
    public static double total(Rubric rubric, List<Integer> scores) {
        double sum = 0;
        List<Criterion> criteria = rubric.getCriteria();
        for (int i = 0; i < criteria.size(); i++) {
            sum += criteria.get(i).getWeight() * (scores.get(i) / (double) rubric.getScaleMax());
        }
        return round(sum / rubric.totalWeight() * 100);
    }

    public static Map<String, SubjectScore> aggregate(List<Mark> marks) {
        Map<String, double[]> judges = new LinkedHashMap<>(); // judge → {mean, sd}
        Map<String, List<Double>> byJudge = new LinkedHashMap<>();
        marks.forEach(m -> byJudge.computeIfAbsent(m.judge(), j -> new ArrayList<>()).add(m.total()));
        byJudge.forEach((judge, totals) -> judges.put(judge, meanAndSd(totals)));
        double[] all = meanAndSd(marks.stream().map(Mark::total).toList());
        Map<String, List<Mark>> bySubject = new LinkedHashMap<>();
        marks.forEach(m -> bySubject.computeIfAbsent(m.subjectId(), s -> new ArrayList<>()).add(m));
        Map<String, SubjectScore> scores = new LinkedHashMap<>();
        bySubject.forEach((subject, own) -> {
            double mean = own.stream().mapToDouble(Mark::total).average().orElse(0);
            double z = own.stream().mapToDouble(m -> {
                double[] j = judges.get(m.judge());
                return j[1] == 0 ? 0 : (m.total() - j[0]) / j[1];
            }).average().orElse(0);
            double normalised = all[1] == 0 ? mean : Math.max(0, Math.min(100, all[0] + all[1] * z));
            double max = own.stream().mapToDouble(Mark::total).max().orElse(0);
            double min = own.stream().mapToDouble(Mark::total).min().orElse(0);
            double spread = max - min;
            scores.put(subject, new SubjectScore(subject, own.size(), round(mean), round(normalised), round(spread),
                    own.size() >= 2 && round(spread) >= DISAGREEMENT));
        });
        return scores;
    }

    /** Mean and population standard deviation. */
    private static double[] meanAndSd(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
        // below a millionth of a point the spread is rounding noise, not a judge telling entries apart
        double sd = Math.sqrt(variance);
        return new double[] {mean, sd < 1e-6 ? 0 : sd};
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
