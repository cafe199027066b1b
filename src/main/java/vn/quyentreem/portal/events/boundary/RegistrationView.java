package vn.quyentreem.portal.events.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.events.control.EventCalendar;
import vn.quyentreem.portal.events.control.EventRefusal;
import vn.quyentreem.portal.events.control.EventRegistrations;
import vn.quyentreem.portal.events.control.RegistrationInput;
import vn.quyentreem.portal.events.entity.ClubEvent;
import vn.quyentreem.portal.events.entity.Registration;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.time.Instant;

/**
 * The registration form, /cau-lac-bo/dang-ky-su-kien.xhtml?su-kien={slug}, and the cancel page. View-scoped
 * (not a top-level view), so Faces' ViewState protects both against cross-site requests.
 */
@Named
@ViewScoped
public class RegistrationView implements Serializable {

    @Inject
    transient EventCalendar calendar;

    @Inject
    transient EventRegistrations registrations;

    private String slug;
    private transient ClubEvent event;
    private String fullName;
    private String email;
    private String phone;
    private String outlet;
    private String result;
    private String token;
    private boolean cancelled;

    public void load() {
        if (getEvent() == null) {
            ErrorPages.notFound();
        }
    }

    public void register() {
        RegistrationInput.Checked checked = new RegistrationInput(fullName, email, phone, outlet).check();
        FacesMessages.problems(checked.problems(), FacesMessages.inputs("dang-ky", "fullName", "ho-ten", "email", "email",
                "phone", "dien-thoai", "outlet", "co-quan"));
        if (!checked.ok()) {
            return;
        }
        try {
            EventRegistrations.Outcome outcome = registrations.register(slug, checked.registration(), Instant.now());
            result = outcome.position() == 0
                    ? "Bạn đã có chỗ. Thư xác nhận đã được gửi tới " + outcome.registration().getEmail() + "."
                    : "Sự kiện đã đủ chỗ: bạn đứng thứ " + outcome.position() + " trong danh sách chờ. Khi có người hủy,"
                    + " chúng tôi báo qua e-mail " + outcome.registration().getEmail() + ".";
        } catch (EventRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public void cancel() {
        try {
            registrations.cancelByToken(token, Instant.now());
            cancelled = true;
        } catch (EventRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public boolean isTokenKnown() {
        return registrations.byToken(token).isPresent();
    }

    public boolean isAlreadyCancelled() {
        return registrations.byToken(token).map(r -> r.state() == Registration.State.CANCELLED).orElse(false);
    }

    public boolean isOpen() {
        return getEvent() != null && getEvent().isOpenAt(Instant.now());
    }

    /** The event of the form (by its slug) or of the cancel link (by its token), looked up once a request. */
    public ClubEvent getEvent() {
        if (event == null) {
            event = slug != null ? calendar.publicBySlug(slug).orElse(null)
                    : registrations.byToken(token).flatMap(r -> calendar.byId(r.getEventId())).orElse(null);
        }
        return event;
    }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getResult() { return result; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isCancelled() { return cancelled; }
}
