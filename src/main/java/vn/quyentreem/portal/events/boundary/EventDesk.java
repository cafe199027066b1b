package vn.quyentreem.portal.events.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.events.control.EventCalendar;
import vn.quyentreem.portal.events.control.EventInput;
import vn.quyentreem.portal.events.control.EventPlanner;
import vn.quyentreem.portal.events.control.EventRefusal;
import vn.quyentreem.portal.events.control.EventRegistrations;
import vn.quyentreem.portal.events.entity.ClubEvent;
import vn.quyentreem.portal.events.entity.Registration;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The editors' page for the club's trainings and events, /bien-tap/tap-huan.xhtml: the list, one event's form
 * (?id=, or a new one), publishing and cancelling, and who registered, with seats and the waiting list in order.
 */
@Named
@ViewScoped
public class EventDesk implements Serializable {

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient EventCalendar calendar;

    @Inject
    transient EventPlanner planner;

    @Inject
    transient EventRegistrations registrations;

    private String id;
    private boolean loaded;
    private String title;
    private String kind = ClubEvent.Kind.TRAINING.name();
    private String summary;
    private String description;
    private String place;
    private String startDay;
    private String startTime = "08:00";
    private String endDay;
    private String endTime = "17:00";
    private String closesDay;
    private String closesTime = "17:00";
    private String capacity = "30";

    public void load() {
        if (!currentUser.isEditor()) {
            ErrorPages.forbidden();
            return;
        }
        if (!loaded && id != null && !id.isBlank()) {
            try {
                fill(EventInput.of(planner.find(id)));
            } catch (EventRefusal e) {
                ErrorPages.notFound();
                return;
            }
        }
        loaded = true;
    }

    public void save() {
        EventInput.Checked checked = new EventInput(title, kind, summary, description, place, startDay, startTime, endDay,
                endTime, closesDay, closesTime, capacity).check();
        FacesMessages.problems(checked.problems(), FacesMessages.inputs("su-kien", "title", "ten", "kind", "loai",
                "summary", "tom-tat", "description", "noi-dung", "place", "dia-diem", "startDay", "bat-dau",
                "endDay", "ket-thuc", "closesDay", "han", "capacity", "so-cho"));
        if (!checked.ok()) {
            return;
        }
        act(() -> {
            ClubEvent saved = planner.save(blankToNull(id), checked.event(), currentUser.account().orElseThrow());
            id = saved.getId();
            FacesMessages.info("Đã lưu \"" + saved.getTitle() + "\" (" + saved.status().getLabel().toLowerCase() + ").");
        });
    }

    public void publish() {
        act(() -> FacesMessages.info("Đã đăng \"" + planner.publish(id, currentUser.account().orElseThrow()).getTitle()
                + "\": người đọc thấy và đăng ký được."));
    }

    public void cancelEvent() {
        act(() -> FacesMessages.info("Đã hủy \"" + planner.cancel(id, currentUser.account().orElseThrow()).getTitle()
                + "\"; những người đã đăng ký được báo qua e-mail."));
    }

    public void cancelRegistration(String registrationId) {
        act(() -> FacesMessages.info("Đã hủy đăng ký của " + registrations.cancelByEditor(registrationId,
                currentUser.getUsername(), Instant.now()).getFullName() + "; chỗ trống đã chuyển cho danh sách chờ."));
    }

    public List<ClubEvent> getEvents() {
        return calendar.all();
    }

    public ClubEvent getEvent() {
        return id == null || id.isBlank() ? null : calendar.byId(id).orElse(null);
    }

    public List<Registration> getRegistrations() {
        return id == null || id.isBlank() ? List.of() : registrations.ordered(id);
    }

    public int seatsLeft(ClubEvent e) {
        return registrations.seatsLeft(e);
    }

    public int waiting(ClubEvent e) {
        return registrations.waiting(e);
    }

    public ClubEvent.Kind[] getKinds() {
        return ClubEvent.Kind.values();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (EventRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    private void fill(EventInput in) {
        title = in.title();
        kind = in.kind();
        summary = in.summary();
        description = in.description();
        place = in.place();
        startDay = in.startDay();
        startTime = in.startTime();
        endDay = in.endDay();
        endTime = in.endTime();
        closesDay = in.closesDay();
        closesTime = in.closesTime();
        capacity = in.capacity();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getStartDay() { return startDay; }
    public void setStartDay(String startDay) { this.startDay = startDay; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String startTime) { this.startTime = startTime; }
    public String getEndDay() { return endDay; }
    public void setEndDay(String endDay) { this.endDay = endDay; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String endTime) { this.endTime = endTime; }
    public String getClosesDay() { return closesDay; }
    public void setClosesDay(String closesDay) { this.closesDay = closesDay; }
    public String getClosesTime() { return closesTime; }
    public void setClosesTime(String closesTime) { this.closesTime = closesTime; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
}
