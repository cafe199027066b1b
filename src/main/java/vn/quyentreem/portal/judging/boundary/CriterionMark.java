package vn.quyentreem.portal.judging.boundary;

import vn.quyentreem.portal.judging.entity.Criterion;

import java.io.Serializable;

/** One criterion's score as a scoring form holds it, for the contests' jury and the awards' council alike. */
public class CriterionMark implements Serializable {
    private final String criterion;
    private final String description;
    private Integer score;

    public CriterionMark(Criterion c, Integer score) {
        this.criterion = c.getName();
        this.description = c.getDescription();
        this.score = score;
    }

    public String getCriterion() { return criterion; }
    public String getDescription() { return description; }
    public Integer getScore() { return score; }
    public void setScore(Integer score) { this.score = score; }
}
