package vn.quyentreem.portal.events.control;

import jakarta.enterprise.event.Event;
import vn.quyentreem.portal.events.entity.EventChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.platform.Slugs;
import vn.quyentreem.portal.events.entity.ClubEvent;
import vn.quyentreem.portal.events.entity.ClubEvents;

import java.time.Instant;
import java.util.UUID;

/** Editors plan the club's events: create and change them, publish, and cancel (registrants are told). */
@ApplicationScoped
public class EventPlanner {

    @Inject
    ClubEvents events;

    @Inject
    EventRegistrations registrations;

    @Inject
    AuditLog audit;

    @Inject
    Event<EventChanged> changes;

    /** Saves the checked event: a new draft when id is null, otherwise the existing one changed. */
    public ClubEvent save(String id, ClubEvent checked, Account editor) {
        requireEditor(editor);
        Instant now = Instant.now();
        ClubEvent event;
        if (id == null) {
            event = new ClubEvent();
            event.setId(UUID.randomUUID().toString());
            event.setSlug(Slugs.unique(checked.getTitle(), s -> events.findBySlug(s).isPresent()));
            event.setStatus(ClubEvent.Status.DRAFT.name());
            event.setCreatedAt(now);
            event.setCreatedBy(editor.getUsername());
        } else {
            event = find(id);
        }
        boolean moreSeats = checked.getCapacity() > event.getCapacity();
        event.setTitle(checked.getTitle());
        event.setKind(checked.getKind());
        event.setSummary(checked.getSummary());
        event.setDescription(checked.getDescription());
        event.setPlace(checked.getPlace());
        event.setStartsAt(checked.getStartsAt());
        event.setEndsAt(checked.getEndsAt());
        event.setRegistrationClosesAt(checked.getRegistrationClosesAt());
        // fewer seats than people already confirmed takes nobody's seat away: new registrations just wait
        event.setCapacity(checked.getCapacity());
        event.setUpdatedAt(now);
        if (id == null) {
            events.insert(event);
        } else {
            events.save(event);
        }
        changes.fire(new EventChanged(event.getId()));
        audit.record(editor.getUsername(), id == null ? "tạo sự kiện" : "sửa sự kiện", "club-event", event.getId(),
                event.getTitle(), event.getCapacity() + " chỗ");
        if (moreSeats && event.status() == ClubEvent.Status.PUBLISHED) {
            registrations.fillSeats(event);
        }
        return event;
    }

    public ClubEvent publish(String id, Account editor) {
        requireEditor(editor);
        ClubEvent event = find(id);
        if (event.status() == ClubEvent.Status.CANCELLED) {
            throw new EventRefusal(409, "Sự kiện đã hủy không đăng lại được; hãy tạo sự kiện mới");
        }
        event.setStatus(ClubEvent.Status.PUBLISHED.name());
        event.setUpdatedAt(Instant.now());
        events.save(event);
        changes.fire(new EventChanged(event.getId()));
        audit.record(editor.getUsername(), "đăng sự kiện", "club-event", event.getId(), event.getTitle(), null);
        registrations.fillSeats(event);
        return event;
    }

    public ClubEvent cancel(String id, Account editor) {
        requireEditor(editor);
        ClubEvent event = find(id);
        if (event.status() == ClubEvent.Status.CANCELLED) {
            return event;
        }
        event.setStatus(ClubEvent.Status.CANCELLED.name());
        event.setUpdatedAt(Instant.now());
        events.save(event);
        changes.fire(new EventChanged(event.getId()));
        audit.record(editor.getUsername(), "hủy sự kiện", "club-event", event.getId(), event.getTitle(), null);
        registrations.eventCancelled(event);
        return event;
    }

    public ClubEvent find(String id) {
        return events.findById(id == null ? "" : id).orElseThrow(() -> new EventRefusal(404, "Không có sự kiện này"));
    }

    private static void requireEditor(Account editor) {
        if (editor == null || !Roles.editorial(editor.getRoles())) {
            throw new EventRefusal(403, "Chỉ biên tập viên được quản lý sự kiện của câu lạc bộ");
        }
    }
}
