package vn.quyentreem.portal.mail.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import vn.quyentreem.portal.platform.Redaction;

import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail the portal wrote: queued and sent through SMTP, or kept here for admins to read when no server is set.
 * A queued message is in the store before anyone is told it was sent, so it survives a restart or a kill.
 */
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
    /** Sending attempts made so far; taking the next number is how a node gets to make the next attempt. */
    @Column
    private int attempts;
    /** Epoch milliseconds: not tried (again) before; pushed on while a node is sending it. */
    @Column
    private long nextAttemptAt;
    @Column
    private Instant sentAt;

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
    public void setText(String text) { this.text = text; }

    /** The message with each of the texts replaced, in its subject and body; false if it held none of them. */
    public boolean erase(java.util.Collection<String> texts, String replacement) {
        String newSubject = Redaction.replaced(subject, texts, replacement);
        String newText = Redaction.replaced(text, texts, replacement);
        boolean found = newSubject != subject || newText != text;
        subject = newSubject;
        text = newText;
        return found;
    }
    public int getAttempts() { return attempts; }
    public void setAttempts(int attempts) { this.attempts = attempts; }
    public long getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(long nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
    public Instant getSentAt() { return sentAt; }
    public void setSentAt(Instant sentAt) { this.sentAt = sentAt; }

    /** Waiting to be sent, and its time has come. */
    public boolean due(long now) {
        return getState() == State.QUEUED && nextAttemptAt <= now;
    }
}
