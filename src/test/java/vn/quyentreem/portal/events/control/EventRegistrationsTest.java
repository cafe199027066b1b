package vn.quyentreem.portal.events.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.events.entity.ClubEvent;
import vn.quyentreem.portal.events.entity.ClubEvents;
import vn.quyentreem.portal.events.entity.Registration.State;
import vn.quyentreem.portal.events.entity.Registration;
import vn.quyentreem.portal.events.entity.Registrations;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.testing.Fakes;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seats, the waiting list and cancellations, on the real rules with in-memory stores. */
class EventRegistrationsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    private final InMemoryRepository<ClubEvent> eventRows = new InMemoryRepository<>(ClubEvent::getId);
    private final InMemoryRepository<Registration> registrationRows = new InMemoryRepository<>(Registration::getId);
    private final List<OutboxMessage> mails = new ArrayList<>();
    private final EventRegistrations registrations = new EventRegistrations();
    private ClubEvent event;

    @BeforeEach
    void wire() {
        registrations.leases = Fakes.leases();
        registrations.events = eventRows.as(ClubEvents.class);
        registrations.registrations = registrationRows.as(Registrations.class);
        registrations.mailer = Fakes.mailer(mails);
        registrations.audit = Fakes.audit();
        registrations.site = Fakes.site();
        event = new ClubEvent();
        event.setId("e1");
        event.setSlug("tap-huan-dua-tin");
        event.setTitle("Tập huấn đưa tin về trẻ em");
        event.setKind("TRAINING");
        event.setPlace("Hà Nội");
        event.setStatus("PUBLISHED");
        event.setCapacity(2);
        event.setStartsAt(NOW.plusSeconds(10 * 86400));
        event.setEndsAt(NOW.plusSeconds(10 * 86400 + 8 * 3600));
        event.setRegistrationClosesAt(NOW.plusSeconds(7 * 86400));
        eventRows.rows.put("e1", event);
    }

    private EventRegistrations.Outcome register(String name) {
        return registrations.register("tap-huan-dua-tin",
                new RegistrationInput(name, name.toLowerCase() + "@example.org", null, null).check().registration(), NOW);
    }

    private String cancelToken(String email) {
        String text = mails.stream().filter(m -> m.getRecipient().equals(email)).findFirst().orElseThrow().getText();
        Matcher m = Pattern.compile("huy-dang-ky\\.xhtml\\?ma=([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(m.find());
        return m.group(1);
    }

    private State state(String email) {
        return registrationRows.rows.values().stream().filter(r -> r.getEmail().equals(email)).findFirst().orElseThrow().state();
    }

    @Test
    void seatsGoFirstThenTheWaitingListInOrder() {
        assertEquals(0, register("An").position());
        assertEquals(0, register("Binh").position());
        assertEquals(1, register("Chi").position());
        assertEquals(2, register("Dung").position());
        assertEquals(0, registrations.seatsLeft(event));
        assertEquals(2, registrations.waiting(event));
        assertTrue(mails.get(2).getSubject().startsWith("Danh sách chờ"), mails.get(2).getSubject());
        assertTrue(mails.get(2).getText().contains("thứ 1"));
    }

    @Test
    void aCancelledSeatGoesToTheFirstWaitingWhoIsTold() {
        register("An");
        register("Binh");
        register("Chi");
        register("Dung");
        registrations.cancelByToken(cancelToken("binh@example.org"), NOW);
        assertEquals(State.CANCELLED, state("binh@example.org"));
        assertEquals(State.CONFIRMED, state("chi@example.org"));
        assertEquals(State.WAITLISTED, state("dung@example.org"));
        assertTrue(mails.stream().anyMatch(m -> m.getRecipient().equals("chi@example.org") && m.getSubject().startsWith("Bạn đã có chỗ")));
        registrations.cancelByToken(cancelToken("binh@example.org"), NOW);
        assertEquals(State.WAITLISTED, state("dung@example.org"), "cancelling twice frees one seat, once");
    }

    @Test
    void theSameAddressCannotRegisterTwiceButMayAgainAfterCancelling() {
        register("An");
        EventRefusal twice = assertThrows(EventRefusal.class, () -> register("An"));
        assertEquals(409, twice.status());
        assertTrue(twice.getMessage().contains("đã đăng ký"));
        registrations.cancelByToken(cancelToken("an@example.org"), NOW);
        assertEquals(0, register("An").position());
    }

    @Test
    void noRegistrationAfterTheDeadlineForACancelledEventOrADraft() {
        event.setRegistrationClosesAt(NOW);
        assertEquals(409, assertThrows(EventRefusal.class, () -> register("An")).status());
        event.setRegistrationClosesAt(NOW.plusSeconds(60));
        event.setStatus("CANCELLED");
        assertTrue(assertThrows(EventRefusal.class, () -> register("An")).getMessage().contains("hủy"));
        event.setStatus("DRAFT");
        assertEquals(404, assertThrows(EventRefusal.class, () -> register("An")).status());
    }

    @Test
    void moreSeatsLetTheWaitingIn() {
        register("An");
        register("Binh");
        register("Chi");
        event.setCapacity(3);
        registrations.fillSeats(event);
        assertEquals(State.CONFIRMED, state("chi@example.org"));
        event.setCapacity(1);
        registrations.fillSeats(event);
        assertEquals(State.CONFIRMED, state("binh@example.org"), "fewer seats take nobody's away");
    }

    @Test
    void registrationInputIsChecked() {
        assertFalse(new RegistrationInput("", "an@", "0123", null).check().ok());
        assertEquals(3, new RegistrationInput("", "an@", "0123", null).check().problems().size());
        assertEquals("0912345678", new RegistrationInput("An", "AN@Example.org", "+84 912 345 678", "Báo A").check()
                .registration().getPhone());
        assertEquals("an@example.org", new RegistrationInput("An", "AN@Example.org", null, null).check().registration().getEmail());
    }
}
