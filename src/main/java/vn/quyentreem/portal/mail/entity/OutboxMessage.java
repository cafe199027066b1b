package vn.quyentreem.portal.mail.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.UUID;

/** An e-mail the portal wrote: sent through SMTP, or kept here for admins to read when no server is set. */
@Entity("outbox")
public class OutboxMessage {

    public enum State { KEPT, QUEUED, SENT, FAILED }

    @Id
    private String id;
    @Column
    private String recipient;
    @Column
    private String subject;
    @Column
    private String text;
    @Column
    private Instant createdAt;
    @Column
    private String state;
    @Column
    private String error;

    public OutboxMessage() {
    }

    public OutboxMessage(String recipient, String subject, String text) {
        this.id = UUID.randomUUID().toString();
        this.recipient = recipient;
        this.subject = subject;
        this.text = text;
        this.createdAt = Instant.now();
        this.state = State.KEPT.name();
    }

    public String getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
    public State getState() { return State.valueOf(state); }
    public void setState(State state) { this.state = state.name(); }
    public String getError() { return error; }
    public void setError(String error) { this.error = error; }
}
