package vn.quyentreem.portal.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.events.entity.ClubEvent;
import vn.quyentreem.portal.events.entity.ClubEvents;
import vn.quyentreem.portal.events.entity.Registration.State;
import vn.quyentreem.portal.events.entity.Registration;
import vn.quyentreem.portal.events.entity.Registrations;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.platform.Tokens;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.site.SiteSettings;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Seats and the waiting list. The steps that count seats for one event (a registration, a cancellation, filling
 * freed seats) hold the event's lease in the store, so two people cannot both take the last seat, whichever
 * portal nodes their requests reach. A freed seat goes to the first on the waiting list, who is told by e-mail.
 */
@ApplicationScoped
public class EventRegistrations {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    @Inject
    ClubEvents events;

    @Inject
    Registrations registrations;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    SiteSettings site;

    @Inject
    Leases leases;

    /** A registration, and its place on the waiting list (0 when it has a seat). */
    public record Outcome(Registration registration, int position) {
    }

    public Outcome register(String slug, Registration person, Instant now) {
        ClubEvent event = events.findBySlug(slug == null ? "" : slug)
                .filter(e -> e.status() != ClubEvent.Status.DRAFT)
                .orElseThrow(() -> new EventRefusal(404, "Không có sự kiện này"));
        if (event.status() == ClubEvent.Status.CANCELLED) {
            throw new EventRefusal(409, "Sự kiện này đã bị hủy");
        }
        if (!event.isOpenAt(now)) {
            throw new EventRefusal(409, "Đã hết hạn đăng ký sự kiện này");
        }
        String token = Tokens.random();
        Outcome outcome = leases.exclusively(seats(event), () -> {
            List<Registration> all = ordered(event.getId());
            Optional<Registration> same = all.stream().filter(r -> r.state() != State.CANCELLED)
                    .filter(r -> r.getEmail().equals(person.getEmail())).findFirst();
            if (same.isPresent()) {
                throw new EventRefusal(409, "E-mail " + person.getEmail() + " đã đăng ký sự kiện này ("
                        + same.get().state().getLabel().toLowerCase() + "). Thư xác nhận có liên kết để hủy nếu cần.");
            }
            long confirmed = all.stream().filter(r -> r.state() == State.CONFIRMED).count();
            person.setId(UUID.randomUUID().toString());
            person.setEventId(event.getId());
            person.setSequence(all.stream().mapToLong(Registration::getSequence).max().orElse(0) + 1);
            person.setCreatedAt(now);
            person.setCancelHash(Tokens.hash(token));
            person.setState((confirmed < event.getCapacity() ? State.CONFIRMED : State.WAITLISTED).name());
            registrations.insert(person);
            int position = person.state() == State.WAITLISTED
                    ? (int) all.stream().filter(r -> r.state() == State.WAITLISTED).count() + 1 : 0;
            return new Outcome(person, position);
        });
        mailer.send(person.getEmail(), (outcome.position() == 0 ? "Đã giữ chỗ: " : "Danh sách chờ: ") + event.getTitle(),
                "Chào " + person.getFullName() + ",\n\n" + (outcome.position() == 0
                        ? "Bạn đã có chỗ tại " : "Sự kiện đã đủ chỗ; bạn đứng thứ " + outcome.position()
                        + " trong danh sách chờ của ") + "\"" + event.getTitle() + "\", " + when(event) + ", tại " + event.getPlace()
                        + ".\n" + (outcome.position() == 0 ? "" : "Khi có người hủy, chúng tôi sẽ báo ngay nếu bạn được vào.\n")
                        + "\nNếu không tham dự được, hãy hủy để nhường chỗ: " + site.url("/cau-lac-bo/huy-dang-ky.xhtml?ma=" + token));
        return outcome;
    }

    /** The registration the e-mailed cancel link stands for. */
    public Optional<Registration> byToken(String token) {
        return token == null || token.isBlank() || token.length() > 100 ? Optional.empty()
                : registrations.findByCancelHash(Tokens.hash(token.strip()));
    }

    public Registration cancelByToken(String token, Instant now) {
        Registration registration = byToken(token).orElseThrow(() -> new EventRefusal(404, "Liên kết hủy không đúng"));
        return cancel(registration, registration.getEmail(), now);
    }

    public Registration cancelByEditor(String registrationId, String editor, Instant now) {
        Registration registration = registrations.findById(registrationId == null ? "" : registrationId)
                .orElseThrow(() -> new EventRefusal(404, "Không có đăng ký này"));
        return cancel(registration, editor, now);
    }

    /** Tells everyone still registered that the event is off. */
    public void eventCancelled(ClubEvent event) {
        for (Registration r : ordered(event.getId())) {
            if (r.state() != State.CANCELLED) {
                mailer.send(r.getEmail(), "Sự kiện bị hủy: " + event.getTitle(), "Chào " + r.getFullName()
                        + ",\n\nRất tiếc, \"" + event.getTitle() + "\" (" + when(event) + ") đã bị hủy. Chúng tôi sẽ báo khi có lịch mới.");
            }
        }
    }

    /** Fills seats freed by a cancellation or a larger capacity from the front of the waiting list. */
    public void fillSeats(ClubEvent event) {
        List<Registration> promoted = leases.exclusively(seats(event), () -> {
            List<Registration> all = ordered(event.getId());
            long confirmed = all.stream().filter(r -> r.state() == State.CONFIRMED).count();
            List<Registration> chosen = all.stream().filter(r -> r.state() == State.WAITLISTED)
                    .limit(Math.max(0, event.getCapacity() - confirmed)).toList();
            for (Registration r : chosen) {
                r.setState(State.CONFIRMED.name());
                registrations.save(r);
            }
            return chosen;
        });
        for (Registration r : promoted) {
            audit.record("hệ thống", "chuyển vào danh sách chính", "event-registration", r.getId(), event.getTitle(), r.getEmail());
            mailer.send(r.getEmail(), "Bạn đã có chỗ: " + event.getTitle(), "Chào " + r.getFullName()
                    + ",\n\nĐã có người nhường chỗ: bạn được tham dự \"" + event.getTitle() + "\", " + when(event)
                    + ", tại " + event.getPlace() + ".");
        }
    }

    /** Everyone registered for the event, seats first then the waiting list, each in the order they came. */
    public List<Registration> ordered(String eventId) {
        return registrations.findByEventId(eventId).stream()
                .sorted(Comparator.comparing((Registration r) -> r.state().ordinal()).thenComparingLong(Registration::getSequence))
                .toList();
    }

    public int seatsLeft(ClubEvent event) {
        long confirmed = registrations.findByEventId(event.getId()).stream().filter(r -> r.state() == State.CONFIRMED).count();
        return (int) Math.max(0, event.getCapacity() - confirmed);
    }

    public int waiting(ClubEvent event) {
        return (int) registrations.findByEventId(event.getId()).stream().filter(r -> r.state() == State.WAITLISTED).count();
    }

    private Registration cancel(Registration registration, String actor, Instant now) {
        ClubEvent event = events.findById(registration.getEventId()).orElseThrow(() -> new EventRefusal(404, "Không có sự kiện này"));
        String id = registration.getId();
        Registration given = registration;
        // null when it was cancelled already: a second click changes nothing
        Registration cancelled = leases.exclusively(seats(event), () -> {
            Registration current = registrations.findById(id).orElse(given);
            if (current.state() == State.CANCELLED) {
                return null;
            }
            current.setState(State.CANCELLED.name());
            current.setCancelledAt(now);
            registrations.save(current);
            return current;
        });
        if (cancelled == null) {
            return registrations.findById(id).orElse(given);
        }
        registration = cancelled;
        audit.record(actor, "hủy đăng ký", "event-registration", registration.getId(), event.getTitle(), registration.getEmail());
        if (event.status() == ClubEvent.Status.PUBLISHED) {
            fillSeats(event);
        }
        return registration;
    }

    private static String seats(ClubEvent event) {
        return "event-seats:" + event.getId();
    }

    static String when(ClubEvent event) {
        return WHEN.format(event.getStartsAt().atZone(VietnameseDates.ZONE));
    }
}
