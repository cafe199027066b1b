package vn.quyentreem.portal.mail.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.mail.entity.OutboxMessages;
import vn.quyentreem.portal.platform.Tokens;
import vn.quyentreem.portal.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the queued mail. Every few seconds (and at once after a message is queued) it takes each message whose
 * time has come, takes its next attempt with a conditional update in the store so that no other round or node sends it too,
 * and hands it to SMTP. A failed send waits longer each time (portal.mail.retry-delays); after the last it is
 * marked failed, which admins see in the outbox. A node killed mid-send lets its hold lapse and the message is
 * sent again: delivery is at least once.
 *
 * <p>Once sent, the stored copy keeps its text with the links' secrets taken out: the recipient has the mail,
 * and a copy of the store must not let anyone else act as them.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final long ROUND_SECONDS = 5;
    /** Longer than any SMTP exchange (connection and read time-outs are 10 s each). */
    static final Duration HOLD = Duration.ofMinutes(2);

    @Inject
    Mailer mailer;

    @Inject
    OutboxMessages outbox;

    @Inject
    Store store;

    @Inject
    @ConfigProperty(name = "portal.mail.retry-delays", defaultValue = "PT1M,PT5M,PT30M,PT2H,PT6H")
    List<Duration> retryDelays;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    private ScheduledFuture<?> round;

    /** Also sends at start what was queued, or being sent, when the portal last stopped. */
    void onStart(@Observes @Priority(70) Startup startup) {
        if (mailer.smtpConfigured()) {
            round = scheduler.scheduleWithFixedDelay(this::deliverQuietly, 0, ROUND_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Asks for a round now, in the background. */
    void soon() {
        executor.execute(this::deliverQuietly);
    }

    /** Sends every message whose time has come; returns how many were sent. */
    public int deliverDue() {
        int sent = 0;
        long now = System.currentTimeMillis();
        for (OutboxMessage message : outbox.findByState(OutboxMessage.State.QUEUED.name())) {
            if (message.due(now) && hold(message, now)) {
                sent += attempt(message) ? 1 : 0;
            }
        }
        return sent;
    }

    /**
     * True when this round gets the message's next attempt. The attempt's number is taken in the store, and the
     * message is held (not due) while it is being sent: of two rounds or nodes, one sends it, and a node killed
     * mid-send lets it come due again once the hold is over.
     */
    private boolean hold(OutboxMessage message, long now) {
        int attempt = message.getAttempts();
        Map<String, Object> held = Map.of("nextAttemptAt", now + HOLD.toMillis());
        boolean got = store.transition("outbox", message.getId(), "attempts", attempt, attempt + 1, held)
                // queued before attempts were counted: the field is not there yet
                || attempt == 0 && store.transition("outbox", message.getId(), "attempts", null, 1, held);
        message.setAttempts(attempt + 1);
        return got;
    }

    private boolean attempt(OutboxMessage message) {
        try {
            mailer.transmit(message);
            message.setState(OutboxMessage.State.SENT);
            message.setSentAt(Instant.now());
            message.setError(null);
            message.setText(Tokens.redact(message.getText()));
            outbox.save(message);
            return true;
        } catch (MessagingException | RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            message.setError(error);
            if (message.getAttempts() > retryDelays.size()) {
                message.setState(OutboxMessage.State.FAILED);
                LOG.warning("Mail to " + message.getRecipient() + " failed for good after " + message.getAttempts()
                        + " attempts: " + error);
            } else {
                Duration wait = retryDelays.get(message.getAttempts() - 1);
                message.setNextAttemptAt(System.currentTimeMillis() + wait.toMillis());
                LOG.info("Mail to " + message.getRecipient() + " failed (attempt " + message.getAttempts()
                        + "), trying again in " + wait + ": " + error);
            }
            outbox.save(message);
            return false;
        }
    }

    private void deliverQuietly() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A mail round failed; the next one tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (round != null) {
            round.cancel(false);
        }
    }
}
