package vn.quyentreem.portal.contests.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.quyentreem.portal.media.entity.PrivateFile;

/**
 * An entry to a contest. A child's entry (under 16) is held until a guardian consents: judges and the public see
 * only entries whose consent is given or not needed. A withdrawn entry keeps its code and nothing personal.
 */
@Entity("contest_entries")
public class ContestEntry {

    public static final String ACTIVE = "active";
    public static final String WITHDRAWN = "withdrawn";
    /** Consent states besides those of {@code ConsentStatus}: an entrant of 16 or more needs none. */
    public static final String CONSENT_NOT_NEEDED = "NOT_NEEDED";

    @Id
    private String id;
    @Column
    private String contestId;
    @Column
    private String code;
    @Column
    private String category;
    @Column
    private String username;
    @Column
    private String email;
    @Column
    private String familyName;
    @Column
    private String givenName;
    @Column
    private int birthYear;
    @Column
    private String province;
    @Column
    private String school;
    @Column
    private String guardianEmail;
    @Column
    private String consent;
    @Column
    private boolean showFullName;
    @Column
    private boolean showSchool;
    @Column
    private List<FieldValue> values = new ArrayList<>();
    @Column
    private List<PrivateFile> files = new ArrayList<>();
    @Column
    private String status;
    /** Null until an editor screens the entry. */
    @Column
    private Boolean eligible;
    @Column
    private String screeningReason;
    @Column
    private String screenedBy;
    /** The furthest judging round the entry reached; 2 and above means shortlisted. */
    @Column
    private int round = 1;
    @Column
    private Instant createdAt;
    @Column
    private Instant updatedAt;

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    /** A guardian consented, or none was needed. */
    public boolean isConsentClear() {
        return CONSENT_NOT_NEEDED.equals(consent) || "GIVEN".equals(consent);
    }

    public boolean isShortlisted() {
        return round >= 2;
    }

    public String value(String key) {
        return values.stream().filter(v -> v.getKey().equals(key)).map(FieldValue::getValue).findFirst().orElse(null);
    }

    public String getTitle() {
        return Optional.ofNullable(value(EntryField.TITLE)).orElse(code);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getContestId() { return contestId; }
    public void setContestId(String contestId) { this.contestId = contestId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public int getBirthYear() { return birthYear; }
    public void setBirthYear(int birthYear) { this.birthYear = birthYear; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getGuardianEmail() { return guardianEmail; }
    public void setGuardianEmail(String guardianEmail) { this.guardianEmail = guardianEmail; }
    public String getConsent() { return consent; }
    public void setConsent(String consent) { this.consent = consent; }
    public boolean isShowFullName() { return showFullName; }
    public void setShowFullName(boolean showFullName) { this.showFullName = showFullName; }
    public boolean isShowSchool() { return showSchool; }
    public void setShowSchool(boolean showSchool) { this.showSchool = showSchool; }
    public List<FieldValue> getValues() { return values == null ? new ArrayList<>() : values; }
    public void setValues(List<FieldValue> values) { this.values = values; }
    public List<PrivateFile> getFiles() { return files == null ? new ArrayList<>() : files; }
    public void setFiles(List<PrivateFile> files) { this.files = files; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Boolean getEligible() { return eligible; }
    public void setEligible(Boolean eligible) { this.eligible = eligible; }
    public String getScreeningReason() { return screeningReason; }
    public void setScreeningReason(String screeningReason) { this.screeningReason = screeningReason; }
    public String getScreenedBy() { return screenedBy; }
    public void setScreenedBy(String screenedBy) { this.screenedBy = screenedBy; }
    public int getRound() { return round; }
    public void setRound(int round) { this.round = round; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
