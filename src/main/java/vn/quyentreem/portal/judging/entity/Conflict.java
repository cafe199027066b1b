package vn.quyentreem.portal.judging.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/** A judge's declared conflict of interest with one subject of a round: they do not score it. */
@Entity("judging_conflicts")
public class Conflict {

    @Id
    private String id;
    @Column
    private String round;
    @Column
    private String judge;
    @Column
    private String subjectId;
    @Column
    private String reason;
    @Column
    private Instant declaredAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRound() { return round; }
    public void setRound(String round) { this.round = round; }
    public String getJudge() { return judge; }
    public void setJudge(String judge) { this.judge = judge; }
    public String getSubjectId() { return subjectId; }
    public void setSubjectId(String subjectId) { this.subjectId = subjectId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Instant getDeclaredAt() { return declaredAt; }
    public void setDeclaredAt(Instant declaredAt) { this.declaredAt = declaredAt; }
}
