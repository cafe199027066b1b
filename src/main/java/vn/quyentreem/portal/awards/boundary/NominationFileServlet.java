package vn.quyentreem.portal.awards.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.awards.control.AwardReview;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.awards.entity.Nominations;
import vn.quyentreem.portal.media.boundary.PrivateFileServlet;

import java.util.Optional;

/**
 * /tep-de-cu/{nominationId}/{file}: a nomination's supporting document or photo, for editors, and for the council
 * while the nomination is on the shortlist. Never public: laureates are announced by name and citation only.
 */
@WebServlet("/tep-de-cu/*")
public class NominationFileServlet extends PrivateFileServlet {

    @Inject
    Nominations nominations;

    @Inject
    AwardProgrammes programmes;

    @Inject
    AwardReview review;

    @Inject
    CurrentUser currentUser;

    @Override
    protected Optional<Owner> owner(String id) {
        return nominations.findById(id).filter(Nomination::isActive)
                .map(n -> new Owner(n.getFiles(), n.getCode(), false, () -> mayLook(n)));
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
