package vn.quyentreem.portal.awards.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import vn.quyentreem.portal.media.entity.PrivateFile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A nomination for one cycle and category. A child nominee's nomination is held until a guardian consents. When
 * editors merge duplicates, the others point to the one kept, and their nominators count as its supporters.
 */
@Entity("award_nominations")
public class Nomination {

    public static final String ACTIVE = "active";
    public static final String MERGED = "merged";
    public static final String WITHDRAWN = "withdrawn";
    public static final String CONSENT_NOT_NEEDED = "NOT_NEEDED";

    @Id
    private String id;
    @Column
    private String programmeId;
    @Column
    private int year;
    @Column
    private String category;
    @Column
    private String code;
    @Column
    private String nominatorUsername;
    @Column
    private String nominatorName;
    @Column
    private String nominatorEmail;
    @Column
    private String relation;
    @Column
    private boolean self;
    @Column
    private String nomineeName;
    /** For a child: the given name and family name apart, so the public sees only the initial. */
    @Column
    private String nomineeGivenName;
    @Column
    private int nomineeBirthYear;
    @Column
    private String nomineeProvince;
    @Column
    private String nomineeOrganisation;
    @Column
    private String nomineeContact;
    @Column
    private String guardianEmail;
    @Column
    private String consent;
    @Column
    private boolean showFullName;
    @Column
    private String achievements;
    @Column
    private List<PrivateFile> files = new ArrayList<>();
    @Column
    private String status;
    @Column
    private String mergedInto;
    @Column
    private List<String> supporters = new ArrayList<>();
    @Column
    private Boolean eligible;
    @Column
    private String screeningReason;
    @Column
    private boolean shortlisted;
    @Column
    private Instant createdAt;
    @Column
    private Instant updatedAt;

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public boolean isConsentClear() {
        return CONSENT_NOT_NEEDED.equals(consent) || "GIVEN".equals(consent);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getProgrammeId() { return programmeId; }
    public void setProgrammeId(String programmeId) { this.programmeId = programmeId; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNominatorUsername() { return nominatorUsername; }
    public void setNominatorUsername(String nominatorUsername) { this.nominatorUsername = nominatorUsername; }
    public String getNominatorName() { return nominatorName; }
    public void setNominatorName(String nominatorName) { this.nominatorName = nominatorName; }
    public String getNominatorEmail() { return nominatorEmail; }
    public void setNominatorEmail(String nominatorEmail) { this.nominatorEmail = nominatorEmail; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public boolean isSelf() { return self; }
    public void setSelf(boolean self) { this.self = self; }
    public String getNomineeName() { return nomineeName; }
    public void setNomineeName(String nomineeName) { this.nomineeName = nomineeName; }
    public String getNomineeGivenName() { return nomineeGivenName; }
    public void setNomineeGivenName(String nomineeGivenName) { this.nomineeGivenName = nomineeGivenName; }
    public int getNomineeBirthYear() { return nomineeBirthYear; }
    public void setNomineeBirthYear(int nomineeBirthYear) { this.nomineeBirthYear = nomineeBirthYear; }
    public String getNomineeProvince() { return nomineeProvince; }
    public void setNomineeProvince(String nomineeProvince) { this.nomineeProvince = nomineeProvince; }
    public String getNomineeOrganisation() { return nomineeOrganisation; }
    public void setNomineeOrganisation(String nomineeOrganisation) { this.nomineeOrganisation = nomineeOrganisation; }
    public String getNomineeContact() { return nomineeContact; }
    public void setNomineeContact(String nomineeContact) { this.nomineeContact = nomineeContact; }
    public String getGuardianEmail() { return guardianEmail; }
    public void setGuardianEmail(String guardianEmail) { this.guardianEmail = guardianEmail; }
    public String getConsent() { return consent; }
    public void setConsent(String consent) { this.consent = consent; }
    public boolean isShowFullName() { return showFullName; }
    public void setShowFullName(boolean showFullName) { this.showFullName = showFullName; }
    public String getAchievements() { return achievements; }
    public void setAchievements(String achievements) { this.achievements = achievements; }
    public List<PrivateFile> getFiles() { return files == null ? new ArrayList<>() : files; }
    public void setFiles(List<PrivateFile> files) { this.files = files; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getMergedInto() { return mergedInto; }
    public void setMergedInto(String mergedInto) { this.mergedInto = mergedInto; }
    public List<String> getSupporters() { return supporters == null ? new ArrayList<>() : supporters; }
    public void setSupporters(List<String> supporters) { this.supporters = supporters; }
    public Boolean getEligible() { return eligible; }
    public void setEligible(Boolean eligible) { this.eligible = eligible; }
    public String getScreeningReason() { return screeningReason; }
    public void setScreeningReason(String screeningReason) { this.screeningReason = screeningReason; }
    public boolean isShortlisted() { return shortlisted; }
    public void setShortlisted(boolean shortlisted) { this.shortlisted = shortlisted; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
