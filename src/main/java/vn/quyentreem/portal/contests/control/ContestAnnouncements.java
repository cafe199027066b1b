package vn.quyentreem.portal.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestChanged;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.platform.ScheduledJob;
import vn.quyentreem.portal.store.Store;

import java.time.Instant;

/**
 * Results published ahead of their announced time wait under embargo; when the time comes, pages and search, which
 * until then knew nothing of them, are told. The flag is turned in the store alone: saving the whole contest here
 * could undo an edit an organiser saved a moment before, and of two rounds only one tells.
 */
@ApplicationScoped
public class ContestAnnouncements implements ScheduledJob {

    @Inject
    Contests contests;

    @Inject
    Store store;

    @Inject
    Event<ContestChanged> changes;

    @Override
    public int runDue(Instant now) {
        int told = 0;
        for (Contest contest : contests.findAll().toList()) {
            if (!contest.isResultsAnnounced() && contest.resultsPublic(now)
                    && store.transition("contests", contest.getId(), "resultsAnnounced", false, true)) {
                changes.fire(new ContestChanged(contest.getId(), null));
                told++;
            }
        }
        return told;
    }
}
