package vn.quyentreem.portal.contests.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/** A burst of votes that looks organised, for an editor to look at. */
@Entity("vote_flags")
public class VoteFlag {

    @Id
    private String id;
    @Column
    private String contestId;
    @Column
    private String entryId;
    @Column
    private String reason;
    @Column
    private int count;
    @Column
    private Instant at;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getContestId() { return contestId; }
    public void setContestId(String contestId) { this.contestId = contestId; }
    public String getEntryId() { return entryId; }
    public void setEntryId(String entryId) { this.entryId = entryId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public int getCount() { return count; }
    public void setCount(int count) { this.count = count; }
    public Instant getAt() { return at; }
    public void setAt(Instant at) { this.at = at; }
}
