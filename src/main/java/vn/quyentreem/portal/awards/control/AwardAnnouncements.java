package vn.quyentreem.portal.awards.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.awards.entity.AwardChanged;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.platform.TimedRelease;

import java.time.Instant;

/** Laureates decided ahead of the announcement stay under embargo; at its time the announcement page and search follow. */
@ApplicationScoped
public class AwardAnnouncements implements TimedRelease {

    @Inject
    AwardProgrammes programmes;

    @Inject
    Event<AwardChanged> changes;

    @Override
    public synchronized void releaseDue(Instant now) {
        for (AwardProgramme programme : programmes.findAll().toList()) {
            boolean due = false;
            for (AwardCycle cycle : programme.getCycles()) {
                if (!cycle.isAnnounced() && cycle.isAnnouncedAt(now)) {
                    cycle.setAnnounced(true);
                    due = true;
                }
            }
            if (due) {
                programmes.save(programme);
                changes.fire(new AwardChanged(programme.getId()));
            }
        }
    }
}
