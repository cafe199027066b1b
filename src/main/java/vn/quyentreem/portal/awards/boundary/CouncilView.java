package vn.quyentreem.portal.awards.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.awards.control.AwardReview;
import vn.quyentreem.portal.awards.control.AwardSetup;
import vn.quyentreem.portal.awards.control.NomineeNames;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.judging.boundary.CriterionMark;
import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.Refusal;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * /giam-khao/hoi-dong.xhtml: the award council's work. Without parameters, the cycles this person sits on;
 * with ?giai=…&amp;nam=…, the shortlist; with &amp;de-cu=…, one nomination to score or to step aside from.
 */
@Named
@ViewScoped
public class CouncilView implements Serializable {

    /** A cycle this person scores for. */
    public record Seat(AwardProgramme programme, AwardCycle cycle) {
    }

    @Inject
    transient AwardSetup setup;

    @Inject
    transient AwardReview review;

    @Inject
    transient MarkdownRenderer markdown;

    @Inject
    transient CurrentUser currentUser;

    private String slug;
    private String year;
    private String nominationId;
    private AwardProgramme programme;
    private Nomination nomination;
    private List<CriterionMark> marks;
    private String comment;
    private String conflictReason;

    /**
     * A child nominee is named to the council as the public would see them ("Minh Anh N." unless the guardian
     * allowed the full name), and the nominator, often a parent sharing the family name, is not shown.
     */
    public String nameOf(Nomination n) {
        return NomineeNames.publicName(n, programme != null && programme.isForChildren());
    }

    public void load() {
        if (slug == null || slug.isBlank()) {
            return;
        }
        programme = setup.bySlug(slug).orElse(null);
        if (programme == null || year == null || !year.matches("\\d{4}")) {
            ErrorPages.notFound();
            return;
        }
        try {
            review.requireCouncil(programme, cycleYear(), me());
        } catch (Refusal e) {
            ErrorPages.forbidden();
            return;
        }
        if (nominationId != null && nomination == null) {
            nomination = getShortlist().stream().filter(n -> n.getId().equals(nominationId)).findFirst().orElse(null);
            if (nomination == null) {
                ErrorPages.notFound();
                return;
            }
            var card = review.card(programme, cycleYear(), nominationId, me());
            List<Criterion> criteria = getCycle().getRubric().getCriteria();
            marks = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                int n = i;
                marks.add(new CriterionMark(criteria.get(i), card.map(c -> c.getScores().get(n)).orElse(null)));
            }
            comment = card.map(c -> c.getComment()).orElse(null);
        }
    }

    public List<Seat> getSeats() {
        List<Seat> seats = new ArrayList<>();
        for (AwardProgramme p : setup.all()) {
            for (AwardCycle c : p.getCycles()) {
                if (!c.isLaureatesDecided() && review.council(c).contains(me().getUsername())) {
                    seats.add(new Seat(p, c));
                }
            }
        }
        return seats;
    }

    public List<Nomination> getShortlist() {
        return review.shortlist(programme, cycleYear());
    }

    public String state(Nomination n) {
        if (review.conflicted(programme, cycleYear(), n.getId(), me())) {
            return "Xung đột lợi ích — không chấm";
        }
        return review.card(programme, cycleYear(), n.getId(), me()).isPresent() ? "Đã chấm" : "Chưa chấm";
    }

    public boolean isConflicted() {
        return review.conflicted(programme, cycleYear(), nominationId, me());
    }

    public String getAchievementsHtml() {
        return markdown.toHtml(nomination.getAchievements());
    }

    public List<Integer> getScale() {
        return IntStream.rangeClosed(0, getCycle().getRubric().getScaleMax()).boxed().toList();
    }

    public void save() {
        try {
            review.score(programme, cycleYear(), nominationId, marks.stream().map(CriterionMark::getScore).toList(), comment, me());
            FacesMessages.info("Đã lưu điểm đề cử " + nomination.getCode());
        } catch (Refusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public void declareConflict() {
        try {
            review.declareConflict(programme, cycleYear(), nominationId, conflictReason, me());
            FacesMessages.info("Đã ghi nhận xung đột lợi ích; bạn sẽ không chấm đề cử " + nomination.getCode());
        } catch (Refusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public AwardCycle getCycle() {
        return programme.cycle(cycleYear()).orElseThrow();
    }

    private int cycleYear() {
        return Integer.parseInt(year);
    }

    private Account me() {
        return currentUser.account().orElseThrow();
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getNominationId() { return nominationId; }
    public void setNominationId(String nominationId) { this.nominationId = nominationId; }
    public AwardProgramme getProgramme() { return programme; }
    public Nomination getNomination() { return nomination; }
    public List<CriterionMark> getMarks() { return marks; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getConflictReason() { return conflictReason; }
    public void setConflictReason(String conflictReason) { this.conflictReason = conflictReason; }
}
