package vn.quyentreem.portal.contests.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.boundary.SignedInPages;
import vn.quyentreem.portal.contests.control.ContestRefusal;
import vn.quyentreem.portal.contests.control.ContestSetup;
import vn.quyentreem.portal.contests.control.Entering;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.ContestPhase;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.contests.entity.EntryField;
import vn.quyentreem.portal.media.control.PrivateFiles;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Provinces;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The entry form, /du-thi/gui-bai.xhtml?cuoc-thi={slug} (new) or ?bai={id} (the entrant's own, to change). */
@Named
@ViewScoped
public class EntryFormView implements Serializable {

    @Inject
    transient ContestSetup setup;

    @Inject
    transient Contests contests;

    @Inject
    transient Entering entering;

    @Inject
    transient CurrentUser currentUser;

    private String slug;
    private String entryId;
    private Contest contest;
    private EntryForm form;
    private transient List<Part> files = new ArrayList<>();
    private ContestEntry sent;

    public void load() {
        if (!currentUser.isSignedIn()) {
            SignedInPages.sendToSignIn();
            return;
        }
        if (form != null) {
            return;
        }
        try {
            if (entryId != null && !entryId.isBlank()) {
                ContestEntry entry = entering.own(entryId, currentUser.account().orElseThrow());
                contest = contests.findById(entry.getContestId()).orElseThrow();
                form = formOf(entry);
            } else {
                contest = setup.bySlug(slug).filter(Contest::isPublished).orElse(null);
                form = new EntryForm();
            }
        } catch (ContestRefusal e) {
            contest = null;
        }
        if (contest == null) {
            ErrorPages.notFound();
        }
    }

    public void submit() {
        try {
            List<PrivateFiles.Upload> uploads = uploads();
            var account = currentUser.account().orElseThrow();
            if (isEditing()) {
                sent = entering.edit(entryId, form.toInput(), uploads, account);
                FacesMessages.info("Đã lưu thay đổi của bài " + sent.getCode());
            } else {
                sent = entering.submit(contest, form.toInput(), uploads, account);
            }
        } catch (ContestRefusal e) {
            FacesMessages.refused(e, inputs());
        }
    }

    /** The form's input for each field a refusal may name; the contest's own fields are repeated as "f". */
    private Map<String, String> inputs() {
        Map<String, String> inputs = FacesMessages.inputs("bai", "familyName", "ho", "givenName", "ten",
                "birthYear", "nam-sinh", "province", "tinh", "school", "truong", "guardianEmail", "phu-huynh",
                "category", "hang-muc", "files", "tep");
        List<EntryField> fields = contest.getFields();
        for (int i = 0; i < fields.size(); i++) {
            inputs.put("values." + fields.get(i).getKey(), "bai:f:" + i + (fields.get(i).isTextarea() ? ":o-dai" : ":o"));
        }
        return inputs;
    }

    private List<PrivateFiles.Upload> uploads() {
        List<PrivateFiles.Upload> uploads = new ArrayList<>();
        long limit = contest.getFiles().getMaxMb() * 1024L * 1024L;
        for (Part part : files == null ? List.<Part>of() : files) {
            if (part == null || part.getSize() == 0) {
                continue;
            }
            if (part.getSize() > limit) {
                throw ContestRefusal.badInput(List.of(new Problem("files", "Tệp “" + part.getSubmittedFileName()
                        + "” quá lớn, tối đa " + contest.getFiles().getMaxMb() + " MB mỗi tệp")));
            }
            try (InputStream in = part.getInputStream()) {
                uploads.add(new PrivateFiles.Upload(part.getSubmittedFileName(), in.readAllBytes()));
            } catch (IOException e) {
                throw ContestRefusal.badInput(List.of(new Problem("files", "Không đọc được tệp tải lên")));
            }
        }
        return uploads;
    }

    private static EntryForm formOf(ContestEntry entry) {
        EntryForm form = new EntryForm();
        form.setCategory(entry.getCategory());
        form.setFamilyName(entry.getFamilyName());
        form.setGivenName(entry.getGivenName());
        form.setBirthYear(String.valueOf(entry.getBirthYear()));
        form.setProvince(entry.getProvince());
        form.setSchool(entry.getSchool());
        form.setGuardianEmail(entry.getGuardianEmail());
        form.setShowFullName(entry.isShowFullName());
        form.setShowSchool(entry.isShowSchool());
        entry.getValues().forEach(v -> form.getValues().put(v.getKey(), v.getValue()));
        return form;
    }

    public boolean isOpen() {
        return isEditing() ? Instant.now().isBefore(contest.getTimeline().getEntriesClose())
                : ContestPhase.of(contest, Instant.now()) == ContestPhase.OPEN;
    }

    public boolean isEditing() {
        return entryId != null && !entryId.isBlank();
    }

    public String getFileHint() {
        var rules = contest.getFiles();
        String kinds = String.join(" hoặc ", rules.getTypes().stream().map(t -> "image".equals(t) ? "ảnh JPEG, PNG, WebP" : "PDF").toList());
        return (rules.getMin() == 0 ? "Không bắt buộc; " : "Bắt buộc; ") + "từ " + rules.getMin() + " đến " + rules.getMax()
                + " tệp " + kinds + ", mỗi tệp tối đa " + rules.getMaxMb() + " MB. Thông tin ẩn trong ảnh (vị trí GPS, máy chụp) được xóa."
                + (isEditing() ? " Chọn tệp mới để thay toàn bộ tệp cũ; để trống thì giữ nguyên." : "");
    }

    public String getAccept() {
        List<String> types = new ArrayList<>();
        if (contest.getFiles().allows("image")) {
            types.add("image/jpeg,image/png,image/webp");
        }
        if (contest.getFiles().allows("pdf")) {
            types.add("application/pdf");
        }
        return String.join(",", types);
    }

    /** Entrants born in this year or later need a guardian's consent (age is counted by birth year). */
    public int getGuardianBornFrom() {
        return vn.quyentreem.portal.contests.control.EntryInput.guardianBornFrom(
                java.time.ZonedDateTime.now(vn.quyentreem.portal.platform.VietnameseDates.ZONE).getYear());
    }

    public List<String> getProvinces() {
        return contest.getProvinces().isEmpty() ? Provinces.ALL : contest.getProvinces();
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getEntryId() { return entryId; }
    public void setEntryId(String entryId) { this.entryId = entryId; }
    public Contest getContest() { return contest; }
    public EntryForm getForm() { return form; }
    public List<Part> getFiles() { return files; }
    public void setFiles(List<Part> files) { this.files = files; }
    public ContestEntry getSent() { return sent; }
}
