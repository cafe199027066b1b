package vn.quyentreem.portal.events.entity;

import vn.quyentreem.portal.platform.Choices;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/** One person's place at a club event: a seat, a place on the waiting list, or given up. */
@Entity("event_registrations")
public class Registration {

    /** CONFIRMED has a seat; WAITLISTED waits in order of registering; CANCELLED gave it up (or the event was cancelled). */
    public enum State {
        CONFIRMED("Đã có chỗ"), WAITLISTED("Danh sách chờ"), CANCELLED("Đã hủy");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        /** As the API writes it. */
        public String json() {
            return Choices.json(this);
        }
    }

    @Id
    private String id;
    @Column
    private String eventId;
    @Column
    private String fullName;
    @Column
    private String email;
    @Column
    private String phone;
    @Column
    private String outlet;
    @Column
    private String state;
    /** The order of registering (a per-event counter), which is the order of the waiting list. */
    @Column
    private long sequence;
    @Column
    private Instant createdAt;
    @Column
    private Instant cancelledAt;
    /** SHA-256 of the token in the e-mailed cancel link. */
    @Column
    private String cancelHash;

    public State state() {
        return State.valueOf(state);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public long getSequence() { return sequence; }
    public void setSequence(long sequence) { this.sequence = sequence; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getCancelledAt() { return cancelledAt; }
    public void setCancelledAt(Instant cancelledAt) { this.cancelledAt = cancelledAt; }
    public String getCancelHash() { return cancelHash; }
    public void setCancelHash(String cancelHash) { this.cancelHash = cancelHash; }
}
