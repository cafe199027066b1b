package vn.quyentreem.portal.consent.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/**
 * A parent's or guardian's decision about one child's entry or nomination. Kept as the record of consent: who
 * decided, when, from which address, and which version of the text they read.
 */
@Entity("guardian_consents")
public class GuardianConsent {

    @Id
    private String id;
    /** What the consent is about, e.g. "contest-entry", and its id. */
    @Column
    private String subjectType;
    @Column
    private String subjectId;
    /** Shown to the guardian: the child's name and what was entered, e.g. the contest's name. */
    @Column
    private String childName;
    @Column
    private String subjectTitle;
    @Column
    private String guardianEmail;
    @Column
    private String guardianCheck;
    /**
     * The sender named their own mailbox, being a known guardian (see GuardianConsentFlow#answersOnTheSpot): the
     * answer is given signed in, on the page, rather than through a mailed link. Such a consent proves nothing
     * about the next one.
     */
    @Column
    private boolean onTheSpot;
    @Column
    private String tokenHash;
    @Column
    private String status;
    @Column
    private String guardianName;
    @Column
    private String textVersion;
    @Column
    private String address;
    @Column
    private boolean showFullName;
    @Column
    private boolean showSchool;
    @Column
    private Instant requestedAt;
    @Column
    private Instant decidedAt;
    @Column
    private Instant withdrawnAt;

    public ConsentStatus status() {
        return ConsentStatus.valueOf(status);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getSubjectType() { return subjectType; }
    public void setSubjectType(String subjectType) { this.subjectType = subjectType; }
    public String getSubjectId() { return subjectId; }
    public void setSubjectId(String subjectId) { this.subjectId = subjectId; }
    public String getChildName() { return childName; }
    public void setChildName(String childName) { this.childName = childName; }
    public String getSubjectTitle() { return subjectTitle; }
    public void setSubjectTitle(String subjectTitle) { this.subjectTitle = subjectTitle; }
    public String getGuardianEmail() { return guardianEmail; }
    public void setGuardianEmail(String guardianEmail) { this.guardianEmail = guardianEmail; }
    public String getTokenHash() { return tokenHash; }
    public void setTokenHash(String tokenHash) { this.tokenHash = tokenHash; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getGuardianName() { return guardianName; }
    public void setGuardianName(String guardianName) { this.guardianName = guardianName; }
    public String getTextVersion() { return textVersion; }
    public void setTextVersion(String textVersion) { this.textVersion = textVersion; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public boolean isShowFullName() { return showFullName; }
    public void setShowFullName(boolean showFullName) { this.showFullName = showFullName; }
    public boolean isShowSchool() { return showSchool; }
    public void setShowSchool(boolean showSchool) { this.showSchool = showSchool; }
    public Instant getRequestedAt() { return requestedAt; }
    public void setRequestedAt(Instant requestedAt) { this.requestedAt = requestedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Instant decidedAt) { this.decidedAt = decidedAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public void setWithdrawnAt(Instant withdrawnAt) { this.withdrawnAt = withdrawnAt; }

    public boolean isOnTheSpot() { return onTheSpot; }
    public void setOnTheSpot(boolean onTheSpot) { this.onTheSpot = onTheSpot; }

    public String getGuardianCheck() { return guardianCheck; }
    public void setGuardianCheck(String guardianCheck) { this.guardianCheck = guardianCheck; }
}
