package vn.quyentreem.portal.contests.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/** A vote waiting for its voter to open the link mailed to them; counted only then, and only before voting closes. */
@Entity("pending_votes")
public class PendingVote {

    @Id
    private String tokenHash;
    @Column
    private String contestId;
    @Column
    private String entryId;
    @Column
    private String email;
    @Column
    private String address;
    @Column
    private Instant createdAt;

    public String getTokenHash() { return tokenHash; }
    public void setTokenHash(String tokenHash) { this.tokenHash = tokenHash; }
    public String getContestId() { return contestId; }
    public void setContestId(String contestId) { this.contestId = contestId; }
    public String getEntryId() { return entryId; }
    public void setEntryId(String entryId) { this.entryId = entryId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
