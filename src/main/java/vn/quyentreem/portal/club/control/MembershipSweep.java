package vn.quyentreem.portal.club.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the membership round at start and then every 15 minutes, so a membership lapses, and its reminder goes
 * out, early on the right day in Vietnam, also when the portal was down at midnight. The round is idempotent.
 */
@ApplicationScoped
public class MembershipSweep {

    static final long PERIOD_MINUTES = 15;
    private static final Logger LOG = Logger.getLogger(MembershipSweep.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Memberships memberships;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Priority(60) Startup startup) {
        task = scheduler.scheduleWithFixedDelay(this::run, 5, PERIOD_MINUTES * 60, TimeUnit.SECONDS);
    }

    void run() {
        try {
            int touched = memberships.sweep(Memberships.today());
            if (touched > 0) {
                LOG.info("Membership round: " + touched + " reminder(s) or lapse(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Membership round failed; retrying in " + PERIOD_MINUTES + " min", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
