package vn.quyentreem.portal.club.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.boundary.SignedInPages;
import vn.quyentreem.portal.club.control.ClubRefusal;
import vn.quyentreem.portal.club.control.MemberProfiles;
import vn.quyentreem.portal.club.control.Memberships;
import vn.quyentreem.portal.club.control.MembershipTerms;
import vn.quyentreem.portal.club.control.ProfileInput;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.media.boundary.Uploads;
import vn.quyentreem.portal.media.control.MediaLibrary;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A member's own page, /tai-khoan/hoi-vien.xhtml: profile, directory consent, photo, and renewal. */
@Named
@ViewScoped
public class MemberProfileView implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient MemberProfiles profiles;

    @Inject
    transient Memberships memberships;

    private ClubMember member;
    private ProfileForm form;
    private transient Part photo;
    private boolean removePhoto;

    public void load() {
        if (!currentUser.isSignedIn()) {
            SignedInPages.sendToSignIn();
            return;
        }
        if (member == null) {
            member = profiles.of(currentUser.getUsername()).orElse(null);
            form = member == null ? null : ProfileForm.of(member.getProfile());
        }
    }

    public void save() {
        ProfileInput.Checked checked = form.toInput().check();
        FacesMessages.problems(checked.problems(), ProfileForm.inputs("ho-so"));
        if (!checked.ok()) {
            return;
        }
        try {
            member = profiles.update(currentUser.getUsername(), checked.profile(), Uploads.image(photo), removePhoto);
            form = ProfileForm.of(member.getProfile());
            removePhoto = false;
            FacesMessages.info("Đã lưu hồ sơ. Danh bạ công khai hiện đúng những mục bạn chọn.");
        } catch (MediaLibrary.Refused e) {
            FacesMessages.problem("photo", "Ảnh chân dung: " + e.getMessage(), FacesMessages.inputs("ho-so", "photo", "anh"));
        } catch (ClubRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public void renew() {
        try {
            member = memberships.renew(member.getId(), Memberships.today(), currentUser.getUsername());
            FacesMessages.info("Đã gia hạn: tư cách hội viên có hiệu lực đến hết ngày " + getValidUntil() + ".");
        } catch (ClubRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public boolean isClubMember() { return member != null; }
    public boolean isActive() { return member != null && member.isActiveOn(Memberships.today()); }
    public boolean isRenewable() { return member != null && MembershipTerms.renewable(member, Memberships.today()); }
    public String getValidUntil() { return member == null ? null : DAY.format(LocalDate.parse(member.getValidUntil())); }
    public String getRenewableFrom() {
        return member == null ? null : DAY.format(MembershipTerms.renewableFrom(LocalDate.parse(member.getValidUntil())));
    }
    public ClubMember getMember() { return member; }
    public ProfileForm getForm() { return form; }
    public Part getPhoto() { return photo; }
    public void setPhoto(Part photo) { this.photo = photo; }
    public boolean isRemovePhoto() { return removePhoto; }
    public void setRemovePhoto(boolean removePhoto) { this.removePhoto = removePhoto; }
}
