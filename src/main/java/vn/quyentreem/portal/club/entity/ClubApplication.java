package vn.quyentreem.portal.club.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/** A journalist's application to the club, from the public form or the API, until an editor decides. */
@Entity("club_applications")
public class ClubApplication {

    @Id
    private String id;
    @Column
    private ClubProfile profile;
    @Column
    private String status;
    /** SHA-256 of the token in the e-mailed confirmation link; the token itself is never stored. */
    @Column
    private String verificationHash;
    @Column
    private Instant verifyBy;
    @Column
    private Instant createdAt;
    @Column
    private Instant verifiedAt;
    /** The address the application came from, kept for the record like a consent. */
    @Column
    private String address;
    @Column
    private Instant decidedAt;
    @Column
    private String decidedBy;
    @Column
    private String reason;
    @Column
    private String memberId;

    public ApplicationStatus status() {
        return ApplicationStatus.valueOf(status);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ClubProfile getProfile() { return profile; }
    public void setProfile(ClubProfile profile) { this.profile = profile; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getVerificationHash() { return verificationHash; }
    public void setVerificationHash(String verificationHash) { this.verificationHash = verificationHash; }
    public Instant getVerifyBy() { return verifyBy; }
    public void setVerifyBy(Instant verifyBy) { this.verifyBy = verifyBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public void setVerifiedAt(Instant verifiedAt) { this.verifiedAt = verifiedAt; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Instant getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Instant decidedAt) { this.decidedAt = decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getMemberId() { return memberId; }
    public void setMemberId(String memberId) { this.memberId = memberId; }
}
