package vn.quyentreem.portal.club.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import vn.quyentreem.portal.club.control.ClubAdmissions;
import vn.quyentreem.portal.club.control.ClubRefusal;
import vn.quyentreem.portal.club.control.ProfileInput;
import vn.quyentreem.portal.media.boundary.Uploads;
import vn.quyentreem.portal.media.control.MediaLibrary;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;

/** The public application form, /cau-lac-bo/dang-ky.xhtml. View-scoped: its ViewState also guards against CSRF. */
@Named
@ViewScoped
public class ApplicationView implements Serializable {

    @Inject
    transient ClubAdmissions admissions;

    private final ProfileForm form = new ProfileForm();
    private transient Part photo;
    private String sentTo;

    public void submit() {
        ProfileInput.Checked checked = form.toInput().check();
        FacesMessages.problems(checked.problems(), ProfileForm.inputs("don"));
        if (!checked.ok()) {
            return;
        }
        try {
            byte[] image = Uploads.image(photo);
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            admissions.apply(checked.profile(), image, request.getRemoteAddr());
            sentTo = checked.profile().getEmail();
        } catch (MediaLibrary.Refused e) {
            FacesMessages.problem("photo", "Ảnh chân dung: " + e.getMessage(), FacesMessages.inputs("don", "photo", "anh"));
        } catch (ClubRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public ProfileForm getForm() { return form; }
    public Part getPhoto() { return photo; }
    public void setPhoto(Part photo) { this.photo = photo; }
    public String getSentTo() { return sentTo; }
    public boolean isSent() { return sentTo != null; }
}
