package vn.quyentreem.portal.contests.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/**
 * One counted vote, a line of the append-only ledger: never updated or deleted. Each line carries the hash of
 * the one before, so a line changed or removed afterwards shows. The id is what makes a vote unique (contest,
 * entry, voter, period), so the store itself refuses a second one.
 */
@Entity("contest_votes")
public class Vote {

    @Id
    private String id;
    @Column
    private long sequence;
    @Column
    private String contestId;
    @Column
    private String entryId;
    /** A keyed hash of the voter's e-mail: enough to tell voters apart, not to mail them. */
    @Column
    private String voter;
    @Column
    private String period;
    @Column
    private String address;
    @Column
    private Instant castAt;
    @Column
    private String previousHash;
    @Column
    private String hash;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public long getSequence() { return sequence; }
    public void setSequence(long sequence) { this.sequence = sequence; }
    public String getContestId() { return contestId; }
    public void setContestId(String contestId) { this.contestId = contestId; }
    public String getEntryId() { return entryId; }
    public void setEntryId(String entryId) { this.entryId = entryId; }
    public String getVoter() { return voter; }
    public void setVoter(String voter) { this.voter = voter; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Instant getCastAt() { return castAt; }
    public void setCastAt(Instant castAt) { this.castAt = castAt; }
    public String getPreviousHash() { return previousHash; }
    public void setPreviousHash(String previousHash) { this.previousHash = previousHash; }
    public String getHash() { return hash; }
    public void setHash(String hash) { this.hash = hash; }
}
