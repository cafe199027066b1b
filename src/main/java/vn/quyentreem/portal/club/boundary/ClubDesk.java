package vn.quyentreem.portal.club.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.club.control.ClubAdmissions;
import vn.quyentreem.portal.club.control.ClubRefusal;
import vn.quyentreem.portal.club.control.MemberDirectory;
import vn.quyentreem.portal.club.control.Memberships;
import vn.quyentreem.portal.club.entity.ApplicationStatus;
import vn.quyentreem.portal.club.entity.ClubApplication;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubMembers;
import vn.quyentreem.portal.club.entity.DirectoryField;
import vn.quyentreem.portal.platform.VietnamesePhones;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The editors' club desk, /bien-tap/cau-lac-bo.xhtml: applications to decide, and the member list. */
@Named
@ViewScoped
public class ClubDesk implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ClubAdmissions admissions;

    @Inject
    transient Memberships memberships;

    @Inject
    transient ClubMembers members;

    private final Map<String, String> reasons = new HashMap<>();

    public void load() {
        if (!currentUser.isEditor()) {
            ErrorPages.forbidden();
        }
    }

    public void approve(String id) {
        try {
            ClubMember member = admissions.approve(id, currentUser.account().orElseThrow());
            FacesMessages.info("Đã kết nạp " + member.getProfile().getFullName() + " (tài khoản " + member.getUsername()
                    + "), hiệu lực đến hết " + day(member.getValidUntil()) + ". Thư chào mừng đã được gửi.");
        } catch (ClubRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public void reject(String id) {
        try {
            ClubApplication application = admissions.reject(id, reasons.get(id), currentUser.account().orElseThrow());
            reasons.remove(id);
            FacesMessages.info("Đã từ chối đơn của " + application.getProfile().getFullName() + "; lý do đã được gửi qua e-mail.");
        } catch (ClubRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public void renew(String memberId) {
        try {
            ClubMember member = memberships.renew(memberId, Memberships.today(), currentUser.getUsername());
            FacesMessages.info("Đã gia hạn " + member.getProfile().getFullName() + " đến hết " + day(member.getValidUntil()) + ".");
        } catch (ClubRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public List<ClubApplication> getToReview() {
        return admissions.withStatus(ApplicationStatus.PENDING_REVIEW);
    }

    public List<ClubApplication> getUnconfirmed() {
        return admissions.withStatus(ApplicationStatus.PENDING_VERIFICATION);
    }

    public List<ClubMember> getMembers() {
        return members.findAll().sorted(Comparator.comparing((ClubMember m) -> m.getProfile().getFullName(),
                MemberDirectory.VIETNAMESE_NAMES)).toList();
    }

    public boolean active(ClubMember member) {
        return member.isActiveOn(Memberships.today());
    }

    public String day(String isoDate) {
        return isoDate == null ? "" : DAY.format(LocalDate.parse(isoDate));
    }

    public String phone(String national) {
        return VietnamesePhones.display(national);
    }

    public String join(List<String> items) {
        return items == null || items.isEmpty() ? "—" : String.join(", ", items);
    }

    /** The directory fields the person agreed to show, in words. */
    public String consented(List<String> codes) {
        return join(codes.stream().map(c -> DirectoryField.of(c).map(f -> f.getLabel().replaceFirst(" \\(.*", ""))
                .orElse(c)).toList());
    }

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
