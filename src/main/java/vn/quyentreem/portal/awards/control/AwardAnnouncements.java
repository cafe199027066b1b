package vn.quyentreem.portal.awards.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.awards.entity.AwardChanged;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.platform.ScheduledJob;
import vn.quyentreem.portal.store.Store;

import java.time.Instant;
import java.util.List;

/**
 * Laureates decided ahead of the announcement stay under embargo; at its time the announcement page and search
 * follow. Only the cycle's flag is turned, in the store, so an edit saved meanwhile stays and one round tells.
 */
@ApplicationScoped
public class AwardAnnouncements implements ScheduledJob {

    @Inject
    AwardProgrammes programmes;

    @Inject
    Store store;

    @Inject
    Event<AwardChanged> changes;

    @Override
    public int runDue(Instant now) {
        int told = 0;
        for (AwardProgramme programme : programmes.findAll().toList()) {
            List<AwardCycle> cycles = programme.getCycles();
            for (int i = 0; i < cycles.size(); i++) {
                AwardCycle cycle = cycles.get(i);
                if (!cycle.isAnnounced() && cycle.isAnnouncedAt(now)
                        && store.transition("award_programmes", programme.getId(), "cycles." + i + ".announced", false, true)) {
                    changes.fire(new AwardChanged(programme.getId()));
                    told++;
                }
            }
        }
        return told;
    }
}
