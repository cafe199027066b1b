package vn.quyentreem.portal.awards.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.awards.entity.Nominations;
import vn.quyentreem.portal.consent.control.ConsentSubject;
import vn.quyentreem.portal.consent.control.ConsentText;

import java.util.List;
import java.util.Optional;

/** What a guardian reads of a nomination of their child: who nominated, what they wrote, how many files. */
@ApplicationScoped
public class NominationPreview implements ConsentSubject {

    @Inject
    Nominations nominations;

    @Override
    public Optional<List<Line>> preview(String subjectType, String subjectId) {
        if (!ConsentText.AWARD_NOMINATION.equals(subjectType)) {
            return Optional.empty();
        }
        return nominations.findById(subjectId).filter(n -> n.isActive() || Nomination.MERGED.equals(n.getStatus()))
                .map(n -> List.of(
                        new Line("Người đề cử", n.getNominatorName() + " (" + n.getRelation() + ")"),
                        new Line("Thành tích được kể", n.getAchievements() == null ? "" : n.getAchievements()),
                        new Line("Tệp gửi kèm", n.getFiles().isEmpty() ? "Không có" : n.getFiles().size() + " tệp")));
    }
}
