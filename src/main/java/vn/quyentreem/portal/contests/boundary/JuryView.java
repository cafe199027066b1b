package vn.quyentreem.portal.contests.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.contests.control.ContestRefusal;
import vn.quyentreem.portal.contests.control.ContestSetup;
import vn.quyentreem.portal.contests.control.JuryDesk;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.judging.boundary.CriterionMark;
import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.platform.Refusal;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The jury's pages: /giam-khao/index.xhtml lists contests being judged; /giam-khao/cham.xhtml?cuoc-thi=… lists the
 * round's entries (blind) and, with &amp;bai=…, scores one or declares a conflict of interest.
 */
@Named
@ViewScoped
public class JuryView implements Serializable {

    @Inject
    transient ContestSetup setup;

    @Inject
    transient JuryDesk desk;

    @Inject
    transient CurrentUser currentUser;

    private String slug;
    private String entryId;
    private Contest contest;
    private JuryDesk.BlindEntry entry;
    private List<CriterionMark> marks;
    private String comment;
    private String conflictReason;

    public void load() {
        if (slug == null || slug.isBlank()) {
            return;
        }
        contest = setup.bySlug(slug).filter(Contest::isPublished).orElse(null);
        if (contest == null) {
            ErrorPages.notFound();
            return;
        }
        if (entryId != null && !entryId.isBlank() && entry == null) {
            try {
                entry = desk.entry(contest, entryId, currentUser.account().orElseThrow());
            } catch (ContestRefusal e) {
                ErrorPages.notFound();
                return;
            }
            var card = desk.card(contest, entryId, currentUser.account().orElseThrow());
            List<Criterion> criteria = contest.getRubric().getCriteria();
            marks = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                int n = i;
                marks.add(new CriterionMark(criteria.get(i), card.map(c -> c.getScores().get(n)).orElse(null)));
            }
            comment = card.map(c -> c.getComment()).orElse(null);
        }
    }

    public List<Contest> getContests() {
        Instant now = Instant.now();
        return setup.all().stream().filter(Contest::isPublished)
                .filter(c -> !now.isBefore(c.getTimeline().getEntriesClose()) && c.getResultsPublishedAt() == null).toList();
    }

    public List<JuryDesk.BlindEntry> getEntries() {
        return desk.entries(contest, currentUser.account().orElseThrow());
    }

    public long scored(Contest c) {
        return desk.entries(c, currentUser.account().orElseThrow()).stream().filter(JuryDesk.BlindEntry::scored).count();
    }

    public int count(Contest c) {
        return desk.entries(c, currentUser.account().orElseThrow()).size();
    }

    public List<Integer> getScale() {
        return IntStream.rangeClosed(0, contest.getRubric().getScaleMax()).boxed().toList();
    }

    public void save() {
        try {
            desk.score(contest, entryId, marks.stream().map(CriterionMark::getScore).toList(), comment,
                    currentUser.account().orElseThrow());
            entry = desk.entry(contest, entryId, currentUser.account().orElseThrow());
            FacesMessages.info("Đã lưu điểm bài " + entry.code());
        } catch (Refusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public void declareConflict() {
        try {
            desk.declareConflict(contest, entryId, conflictReason, currentUser.account().orElseThrow());
            entry = desk.entry(contest, entryId, currentUser.account().orElseThrow());
            FacesMessages.info("Đã ghi nhận xung đột lợi ích; bạn sẽ không chấm bài " + entry.code());
        } catch (Refusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public String fileUrl(String name) {
        return "/tep-du-thi/" + entry.id() + "/" + name;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getEntryId() { return entryId; }
    public void setEntryId(String entryId) { this.entryId = entryId; }
    public Contest getContest() { return contest; }
    public JuryDesk.BlindEntry getEntry() { return entry; }
    public List<CriterionMark> getMarks() { return marks; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getConflictReason() { return conflictReason; }
    public void setConflictReason(String conflictReason) { this.conflictReason = conflictReason; }
}
