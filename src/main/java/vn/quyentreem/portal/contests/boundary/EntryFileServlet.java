package vn.quyentreem.portal.contests.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.contests.control.ContestVisibility;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.media.boundary.PrivateFileResponse;
import vn.quyentreem.portal.media.control.PrivateFiles;
import vn.quyentreem.portal.media.entity.PrivateFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * /tep-du-thi/{entryId}/{file}: an entry's file, to whoever may see the entry right now: anyone when it is in the
 * gallery; otherwise its entrant, the editors, and judges while it is in a round. Everyone else, and anyone once
 * the entry is withdrawn, gets a 404, as if the file never existed.
 */
@WebServlet("/tep-du-thi/*")
public class EntryFileServlet extends HttpServlet {

    @Inject
    ContestEntries entries;

    @Inject
    Contests contests;

    @Inject
    PrivateFiles files;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ContestEntry> entry = entries.findById(parts[1]).filter(ContestEntry::isActive);
        Optional<PrivateFile> file = entry.flatMap(e -> e.getFiles().stream().filter(f -> f.getName().equals(parts[2])).findFirst());
        Optional<Contest> contest = entry.flatMap(e -> contests.findById(e.getContestId()));
        Optional<Path> path = file.flatMap(f -> files.find(f.getName()));
        if (path.isEmpty() || contest.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean isPublic = ContestVisibility.inGallery(entry.get(), contest.get());
        if (!isPublic && !mayLook(entry.get(), contest.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PrivateFileResponse.send(response, path.get(), file.get(), entry.get().getCode(), isPublic);
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
