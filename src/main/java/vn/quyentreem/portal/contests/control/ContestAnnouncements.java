package vn.quyentreem.portal.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestChanged;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.platform.TimedRelease;

import java.time.Instant;

/**
 * Results published ahead of their announced time wait under embargo; when the time comes, pages and search, which
 * until then knew nothing of them, are told.
 */
@ApplicationScoped
public class ContestAnnouncements implements TimedRelease {

    @Inject
    Contests contests;

    @Inject
    Event<ContestChanged> changes;

    @Override
    public synchronized void releaseDue(Instant now) {
        for (Contest contest : contests.findAll().toList()) {
            if (!contest.isResultsAnnounced() && contest.resultsPublic(now)) {
                contest.setResultsAnnounced(true);
                contests.save(contest);
                changes.fire(new ContestChanged(contest.getId(), null));
            }
        }
    }
}
