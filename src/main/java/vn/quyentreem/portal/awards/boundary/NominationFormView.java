package vn.quyentreem.portal.awards.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.boundary.SignedInPages;
import vn.quyentreem.portal.awards.control.AwardSetup;
import vn.quyentreem.portal.awards.control.Nominating;
import vn.quyentreem.portal.awards.control.NominationInput;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.media.control.PrivateFiles;
import vn.quyentreem.portal.platform.Provinces;
import vn.quyentreem.portal.platform.Refusal;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** /de-cu/gui.xhtml?giai={slug}: the nomination form, for someone signed in (their e-mail is verified). */
@Named
@ViewScoped
public class NominationFormView implements Serializable {

    @Inject
    transient AwardSetup setup;

    @Inject
    transient Nominating nominating;

    @Inject
    transient CurrentUser currentUser;

    private String slug;
    private AwardProgramme programme;
    private Nomination sent;
    private String category;
    private String nominatorName;
    private String relation;
    private boolean self;
    private String nomineeName;
    private String nomineeGivenName;
    private String nomineeBirthYear;
    private String nomineeProvince;
    private String nomineeOrganisation;
    private String nomineeContact;
    private String guardianEmail;
    private String achievements;
    private transient List<Part> files = new ArrayList<>();

    public void load() {
        if (!currentUser.isSignedIn()) {
            SignedInPages.sendToSignIn();
            return;
        }
        if (programme == null) {
            programme = setup.bySlug(slug).orElse(null);
            if (programme == null) {
                ErrorPages.notFound();
                return;
            }
            nominatorName = currentUser.getDisplayName();
        }
    }

    /** The form's input for each field a refusal may name. */
    private static final Map<String, String> INPUTS = FacesMessages.inputs("de-cu", "nominatorName", "nguoi-de-cu",
            "relation", "quan-he", "self", "tu-de-cu", "category", "hang-muc", "nomineeName", "ten",
            "nomineeGivenName", "ten-goi", "nomineeBirthYear", "nam-sinh", "guardianEmail", "phu-huynh",
            "nomineeProvince", "tinh", "nomineeOrganisation", "don-vi", "nomineeContact", "lien-he",
            "achievements", "thanh-tich", "files", "tep");

    public void submit() {
        try {
            List<PrivateFiles.Upload> uploads = new ArrayList<>();
            for (Part part : files == null ? List.<Part>of() : files) {
                if (part == null || part.getSize() == 0) {
                    continue;
                }
                if (part.getSize() > 10L * 1024 * 1024) {
                    FacesMessages.problem("files", "Tệp “" + part.getSubmittedFileName() + "” quá lớn, tối đa 10 MB mỗi tệp",
                            INPUTS);
                    return;
                }
                try (InputStream in = part.getInputStream()) {
                    uploads.add(new PrivateFiles.Upload(part.getSubmittedFileName(), in.readAllBytes()));
                }
            }
            sent = nominating.submit(programme, new NominationInput(category, nominatorName, relation, self, nomineeName,
                    nomineeGivenName, nomineeBirthYear, nomineeProvince, nomineeOrganisation, nomineeContact, guardianEmail,
                    achievements), uploads, currentUser.account().orElseThrow());
        } catch (Refusal e) {
            FacesMessages.refused(e, INPUTS);
        } catch (IOException e) {
            FacesMessages.error("Không đọc được tệp tải lên");
        }
    }

    public AwardCycle getCycle() {
        return programme.latest().orElse(null);
    }

    public boolean isOpen() {
        return getCycle() != null && getCycle().isOpenAt(Instant.now());
    }

    public List<String> getProvinces() {
        return Provinces.ALL;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public AwardProgramme getProgramme() { return programme; }
    public Nomination getSent() { return sent; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getNominatorName() { return nominatorName; }
    public void setNominatorName(String nominatorName) { this.nominatorName = nominatorName; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public boolean isSelf() { return self; }
    public void setSelf(boolean self) { this.self = self; }
    public String getNomineeName() { return nomineeName; }
    public void setNomineeName(String nomineeName) { this.nomineeName = nomineeName; }
    public String getNomineeGivenName() { return nomineeGivenName; }
    public void setNomineeGivenName(String nomineeGivenName) { this.nomineeGivenName = nomineeGivenName; }
    public String getNomineeBirthYear() { return nomineeBirthYear; }
    public void setNomineeBirthYear(String nomineeBirthYear) { this.nomineeBirthYear = nomineeBirthYear; }
    public String getNomineeProvince() { return nomineeProvince; }
    public void setNomineeProvince(String nomineeProvince) { this.nomineeProvince = nomineeProvince; }
    public String getNomineeOrganisation() { return nomineeOrganisation; }
    public void setNomineeOrganisation(String nomineeOrganisation) { this.nomineeOrganisation = nomineeOrganisation; }
    public String getNomineeContact() { return nomineeContact; }
    public void setNomineeContact(String nomineeContact) { this.nomineeContact = nomineeContact; }
    public String getGuardianEmail() { return guardianEmail; }
    public void setGuardianEmail(String guardianEmail) { this.guardianEmail = guardianEmail; }
    public String getAchievements() { return achievements; }
    public void setAchievements(String achievements) { this.achievements = achievements; }
    public List<Part> getFiles() { return files; }
    public void setFiles(List<Part> files) { this.files = files; }
}
