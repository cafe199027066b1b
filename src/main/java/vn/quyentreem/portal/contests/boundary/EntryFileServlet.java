package vn.quyentreem.portal.contests.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.contests.control.ContestVisibility;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.media.boundary.PrivateFileServlet;

import java.util.Optional;

/**
 * /tep-du-thi/{entryId}/{file}: an entry's file, to whoever may see the entry right now: anyone when it is in the
 * gallery; otherwise its entrant, the editors, and judges while it is in a round. Everyone else, and anyone once
 * the entry is withdrawn, gets a 404, as if the file never existed.
 */
@WebServlet("/tep-du-thi/*")
public class EntryFileServlet extends PrivateFileServlet {

    @Inject
    ContestEntries entries;

    @Inject
    Contests contests;

    @Inject
    CurrentUser currentUser;

    @Override
    protected Optional<Owner> owner(String id) {
        return entries.findById(id).filter(ContestEntry::isActive).flatMap(entry -> contests.findById(entry.getContestId())
                .map(contest -> new Owner(entry.getFiles(), entry.getCode(), ContestVisibility.inGallery(entry, contest),
                        () -> mayLook(entry, contest))));
    }

    private boolean mayLook(ContestEntry entry, Contest contest) {
        if (!currentUser.isSignedIn()) {
            return false;
        }
        if (currentUser.isEditor() || entry.getUsername().equals(currentUser.getUsername())) {
            return true;
        }
        return currentUser.hasRole(Roles.JURY) && ContestVisibility.judgeable(entry, contest.getRound());
    }
}
