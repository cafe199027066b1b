package vn.quyentreem.portal.contests.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.boundary.SignedInPages;
import vn.quyentreem.portal.awards.control.Nominating;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.contests.control.ContestRefusal;
import vn.quyentreem.portal.contests.control.Entering;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** /du-thi/bai-cua-toi.xhtml: the signed-in person's contest entries (to change or withdraw) and award nominations. */
@Named
@ViewScoped
public class MyEntriesView implements Serializable {

    @Inject
    transient Entering entering;

    @Inject
    transient Contests contests;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Nominating nominating;

    @Inject
    transient AwardProgrammes programmes;

    private String confirmWithdraw;

    public void load() {
        if (!currentUser.isSignedIn()) {
            SignedInPages.sendToSignIn();
        }
    }

    public List<ContestEntry> getEntries() {
        return currentUser.account().map(entering::of).orElse(List.of());
    }

    /** The nominations this person made for awards: they follow them here too. */
    public List<Nomination> getNominations() {
        return currentUser.account().map(nominating::of).orElse(List.of());
    }

    public String programmeName(Nomination n) {
        return programmes.findById(n.getProgrammeId()).map(AwardProgramme::getName).orElse("");
    }

    public String nominationStatus(Nomination n) {
        return Nominating.status(n);
    }

    public Contest contest(ContestEntry entry) {
        return contests.findById(entry.getContestId()).orElse(null);
    }

    public boolean editable(ContestEntry entry) {
        Contest contest = contest(entry);
        return contest != null && Instant.now().isBefore(contest.getTimeline().getEntriesClose());
    }

    public String status(ContestEntry entry) {
        if (!entry.isConsentClear()) {
            return "DECLINED".equals(entry.getConsent()) ? "Cha mẹ chưa đồng ý: bài không được chấm"
                    : "Đang chờ cha mẹ đồng ý (đã gửi thư tới " + entry.getGuardianEmail() + ")";
        }
        if (Boolean.FALSE.equals(entry.getEligible())) {
            return "Chưa hợp lệ: " + entry.getScreeningReason();
        }
        if (entry.isShortlisted()) {
            return "Vào vòng trong";
        }
        return Boolean.TRUE.equals(entry.getEligible()) ? "Hợp lệ, đang chấm" : "Đã nhận, chờ ban tổ chức xét";
    }

    /** The first press asks; the second, on the same entry, withdraws. Works without script. */
    public void withdraw(String entryId) {
        if (!entryId.equals(confirmWithdraw)) {
            confirmWithdraw = entryId;
            return;
        }
        confirmWithdraw = null;
        try {
            entering.withdraw(entryId, currentUser.account().orElseThrow());
            FacesMessages.info("Đã rút bài. Bài, tệp và điểm của bài đã được xóa.");
        } catch (ContestRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public boolean asking(ContestEntry entry) {
        return entry.getId().equals(confirmWithdraw);
    }

    public void cancel() {
        confirmWithdraw = null;
    }
}
