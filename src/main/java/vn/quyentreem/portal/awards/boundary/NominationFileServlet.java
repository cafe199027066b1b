package vn.quyentreem.portal.awards.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.awards.control.AwardReview;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.awards.entity.Nominations;
import vn.quyentreem.portal.media.boundary.PrivateFileResponse;
import vn.quyentreem.portal.media.control.PrivateFiles;
import vn.quyentreem.portal.media.entity.PrivateFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * /tep-de-cu/{nominationId}/{file}: a nomination's supporting document or photo, for editors, and for the council
 * while the nomination is on the shortlist. Never public: laureates are announced by name and citation only.
 */
@WebServlet("/tep-de-cu/*")
public class NominationFileServlet extends HttpServlet {

    @Inject
    Nominations nominations;

    @Inject
    AwardProgrammes programmes;

    @Inject
    AwardReview review;

    @Inject
    PrivateFiles files;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        Optional<Nomination> nomination = parts.length == 3 ? nominations.findById(parts[1]).filter(Nomination::isActive) : Optional.empty();
        Optional<PrivateFile> file = nomination.flatMap(n -> n.getFiles().stream().filter(f -> f.getName().equals(parts[2])).findFirst());
        Optional<Path> path = file.flatMap(f -> files.find(f.getName()));
        if (path.isEmpty() || !mayLook(nomination.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PrivateFileResponse.send(response, path.get(), file.get(), nomination.get().getCode(), false);
    }

    private boolean mayLook(Nomination n) {
        if (currentUser.isEditor()) {
            return true;
        }
        if (!currentUser.isSignedIn() || !n.isShortlisted()) {
            return false;
        }
        return programmes.findById(n.getProgrammeId()).flatMap(p -> p.cycle(n.getYear()))
                .map(c -> review.council(c).contains(currentUser.getUsername())).orElse(false);
    }
}
