package vn.quyentreem.portal.judging.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One judge's scores for one subject (an entry, a nominee) in one round; one per criterion, in rubric order. */
@Entity("scorecards")
public class Scorecard {

    @Id
    private String id;
    /** The round's key, e.g. "contest:{id}:1", under which its cards are filed. */
    @Column
    private String round;
    @Column
    private String judge;
    @Column
    private String subjectId;
    @Column
    private List<Integer> scores = new ArrayList<>();
    @Column
    private String comment;
    @Column
    private Instant updatedAt;

    public static String key(String round, String judge, String subjectId) {
        return round + "|" + judge + "|" + subjectId;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRound() { return round; }
    public void setRound(String round) { this.round = round; }
    public String getJudge() { return judge; }
    public void setJudge(String judge) { this.judge = judge; }
    public String getSubjectId() { return subjectId; }
    public void setSubjectId(String subjectId) { this.subjectId = subjectId; }
    public List<Integer> getScores() { return scores == null ? List.of() : scores; }
    public void setScores(List<Integer> scores) { this.scores = scores; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
