package vn.quyentreem.portal.judging.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

import java.util.ArrayList;
import java.util.List;

/**
 * The criteria judges score, each a whole number from 0 to the scale's top. Stored as a sub-document (grouping) so
 * its fields do not mix with those of the contest or award cycle that holds it.
 */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public class Rubric {

    @Column
    private List<Criterion> criteria = new ArrayList<>();
    @Column
    private int scaleMax = 10;

    public Rubric() {
    }

    public Rubric(List<Criterion> criteria, int scaleMax) {
        this.criteria = new ArrayList<>(criteria);
        this.scaleMax = scaleMax;
    }

    public int totalWeight() {
        return getCriteria().stream().mapToInt(Criterion::getWeight).sum();
    }

    public List<Criterion> getCriteria() { return criteria == null ? List.of() : criteria; }
    public void setCriteria(List<Criterion> criteria) { this.criteria = criteria; }
    public int getScaleMax() { return scaleMax; }
    public void setScaleMax(int scaleMax) { this.scaleMax = scaleMax; }
}
