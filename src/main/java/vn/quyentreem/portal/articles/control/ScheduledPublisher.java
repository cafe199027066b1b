package vn.quyentreem.portal.articles.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.quyentreem.portal.campaigns.control.CampaignWorkflow;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes scheduled articles within a minute of their time. It checks at start, so an article whose time
 * passed while the portal was down goes out straight away, then every 20 seconds.
 */
@ApplicationScoped
public class ScheduledPublisher {

    static final long PERIOD_SECONDS = 20;
    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    EditorialWorkflow workflow;

    @Inject
    CampaignWorkflow campaigns;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Priority(50) Startup startup) {
        task = scheduler.scheduleWithFixedDelay(this::publishDue, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    void publishDue() {
        try {
            Instant now = Instant.now();
            int count = workflow.publishDue(now);
            int campaignCount = campaigns.publishDue(now);
            if (count + campaignCount > 0) {
                LOG.info("Published " + count + " scheduled article(s) and " + campaignCount + " campaign(s)");
            }
        } catch (RuntimeException e) {
            // one failed round must not stop the schedule
            LOG.log(Level.WARNING, "Scheduled publishing failed; retrying in " + PERIOD_SECONDS + " s", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
