package vn.quyentreem.portal.mail.control;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.mail.entity.OutboxMessages;
import vn.quyentreem.portal.platform.Tokens;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Queued mail is sent once, retried with growing waits, failed for admins to see, and kept without its secrets. */
class MailDeliveryTest {

    private final InMemoryRepository<OutboxMessage> rows = new InMemoryRepository<>(OutboxMessage::getId);
    private final List<String> transmitted = new ArrayList<>();
    private final MailDelivery delivery = new MailDelivery();
    private int failuresLeft;

    @BeforeEach
    void wire() {
        delivery.outbox = rows.as(OutboxMessages.class);
        delivery.store = rows.asStore();
        delivery.retryDelays = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5));
        delivery.mailer = new Mailer() {
            @Override
            void transmit(OutboxMessage message) throws MessagingException {
                if (failuresLeft > 0) {
                    failuresLeft--;
                    throw new MessagingException("Connection refused");
                }
                transmitted.add(message.getText());
            }
        };
    }

    private OutboxMessage queue(String text) {
        OutboxMessage message = new OutboxMessage("me@example.org", "Thư", text);
        message.setState(OutboxMessage.State.QUEUED);
        rows.rows.put(message.getId(), message);
        return message;
    }

    @Test
    void aSentMessageKeepsNoUsableLink() {
        String token = Tokens.random();
        OutboxMessage message = queue("Mở liên kết: https://example.org/dat-lai.xhtml?ma=" + token + "\nCảm ơn.");
        assertEquals(1, delivery.deliverDue());
        assertTrue(transmitted.get(0).contains(token), "the recipient gets the link");
        OutboxMessage stored = rows.rows.get(message.getId());
        assertEquals(OutboxMessage.State.SENT, stored.getState());
        assertFalse(stored.getText().contains(token), "the stored copy has no secret: " + stored.getText());
        assertTrue(stored.getText().startsWith("Mở liên kết: https://example.org/dat-lai.xhtml?ma="));
        assertEquals(0, delivery.deliverDue(), "sent once");
    }

    @Test
    void failuresWaitLongerEachTimeThenShowAsFailed() {
        failuresLeft = 10;
        OutboxMessage message = queue("Chào");
        long before = System.currentTimeMillis();
        delivery.deliverDue();
        assertEquals(OutboxMessage.State.QUEUED, message.getState());
        assertEquals(1, message.getAttempts());
        long first = message.getNextAttemptAt() - before;
        assertTrue(first >= Duration.ofMinutes(1).toMillis() && first < Duration.ofMinutes(2).toMillis(), "waits a minute");

        delivery.deliverDue();
        assertEquals(1, message.getAttempts(), "not tried again before its time");

        message.setNextAttemptAt(0);
        delivery.deliverDue();
        assertEquals(2, message.getAttempts());
        assertTrue(message.getNextAttemptAt() - System.currentTimeMillis() > Duration.ofMinutes(4).toMillis(), "then five");

        message.setNextAttemptAt(0);
        delivery.deliverDue();
        assertEquals(OutboxMessage.State.FAILED, message.getState(), "after the last wait it failed for good");
        assertEquals("Connection refused", message.getError());
        assertTrue(transmitted.isEmpty());
    }

    @Test
    void aSecondRoundWhileOneIsSendingLeavesTheMessageAlone() {
        OutboxMessage message = queue("Chào");
        delivery.mailer = new Mailer() {
            @Override
            void transmit(OutboxMessage m) {
                transmitted.add(m.getText());
                MailDeliveryTest.this.delivery.deliverDue(); // another round, or another node, looks at the outbox now
            }
        };
        delivery.deliverDue();
        assertEquals(List.of("Chào"), transmitted, "sent once");
        assertEquals(null, message.getError());
        assertEquals(OutboxMessage.State.SENT, message.getState());
    }

    @Test
    void aNodeKilledMidSendLetsTheMessageComeDueAgain() {
        OutboxMessage message = queue("Chào");
        // the killed node took attempt 1 and held the message; nothing was sent
        assertTrue(delivery.store.transition("outbox", message.getId(), "attempts", 0, 1,
                java.util.Map.of("nextAttemptAt", System.currentTimeMillis() + MailDelivery.HOLD.toMillis())));
        assertEquals(0, delivery.deliverDue(), "held while the other node might still be sending");
        message.setNextAttemptAt(System.currentTimeMillis() - 1); // the hold is over
        assertEquals(1, delivery.deliverDue());
        assertEquals(2, message.getAttempts());
    }
}
