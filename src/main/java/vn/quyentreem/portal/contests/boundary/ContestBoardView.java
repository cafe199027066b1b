package vn.quyentreem.portal.contests.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.contests.control.ContestRefusal;
import vn.quyentreem.portal.contests.control.ContestResults;
import vn.quyentreem.portal.contests.control.ContestSetup;
import vn.quyentreem.portal.contests.control.Screening;
import vn.quyentreem.portal.contests.control.VoteLedger;
import vn.quyentreem.portal.contests.control.Voting;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.VoteFlag;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.judging.control.ScoreAggregation;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /bien-tap/cuoc-thi-bai.xhtml?slug=…: the editors' board of a contest. Screening, the judges' progress and scores
 * (mean, normalised, disagreements), the shortlist into the next round, vote flags and the ledger's check, the
 * standings, publishing the results, and the CSV exports.
 */
@Named
@ViewScoped
public class ContestBoardView implements Serializable {

    @Inject
    transient ContestSetup setup;

    @Inject
    transient Screening screening;

    @Inject
    transient Voting voting;

    @Inject
    transient VoteLedger ledger;

    @Inject
    transient ContestResults results;

    @Inject
    transient CurrentUser currentUser;

    private String slug;
    private Contest contest;
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, Boolean> chosen = new HashMap<>();
    private transient Judging.Board board;
    private transient Map<String, ContestEntry> byId;

    public void load() {
        if (!currentUser.isEditor()) {
            ErrorPages.forbidden();
            return;
        }
        contest = setup.bySlug(slug).orElse(null);
        if (contest == null) {
            ErrorPages.notFound();
        }
    }

    public List<ContestEntry> getEntries() {
        return screening.entries(contest);
    }

    private Map<String, ContestEntry> byId() {
        if (byId == null) {
            byId = new HashMap<>();
            getEntries().forEach(e -> byId.put(e.getId(), e));
        }
        return byId;
    }

    public String code(String entryId) {
        ContestEntry e = byId().get(entryId);
        return e == null ? "—" : e.getCode();
    }

    public Judging.Board getBoard() {
        if (board == null) {
            board = screening.board(contest);
        }
        return board;
    }

    public List<ScoreAggregation.SubjectScore> getScores() {
        return getBoard().scores();
    }

    public String consent(ContestEntry e) {
        return switch (e.getConsent() == null ? "" : e.getConsent()) {
            case ContestEntry.CONSENT_NOT_NEEDED -> "Không cần";
            case "GIVEN" -> "Đã đồng ý";
            case "DECLINED" -> "Không đồng ý";
            default -> "Đang chờ";
        };
    }

    public String eligibility(ContestEntry e) {
        return e.getEligible() == null ? "Chưa xét" : e.getEligible() ? "Hợp lệ" : "Không hợp lệ: " + e.getScreeningReason();
    }

    public boolean inRound(ContestEntry e) {
        return e.isConsentClear() && Boolean.TRUE.equals(e.getEligible()) && e.getRound() >= contest.getRound();
    }

    public void screen(String entryId, boolean eligible) {
        try {
            screening.screen(entryId, eligible, reasons.get(entryId), currentUser.account().orElse(null));
            reasons.remove(entryId);
            refresh();
            FacesMessages.info("Đã ghi kết quả xét bài " + code(entryId));
        } catch (ContestRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public void shortlist() {
        List<String> ids = chosen.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        try {
            contest = screening.shortlist(contest, ids, currentUser.account().orElse(null));
            chosen.clear();
            refresh();
            FacesMessages.info("Đã chọn " + ids.size() + " bài vào vòng " + contest.getRound() + "; các bài này hiện trong danh sách bình chọn");
        } catch (ContestRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public Map<String, List<ContestResults.Standing>> getStandings() {
        return results.standings(contest);
    }

    public List<Map.Entry<String, List<ContestResults.Standing>>> getStandingList() {
        return List.copyOf(getStandings().entrySet());
    }

    public String categoryName(String code) {
        return contest.category(code).map(c -> c.getName()).orElse(code);
    }

    public void publishResults() {
        try {
            contest = results.publish(contest, currentUser.account().orElse(null));
            FacesMessages.info("Đã công bố kết quả; trang kết quả hiện từ " + new vn.quyentreem.portal.platform.VietnameseDates()
                    .dateTime(contest.getResultsPublishedAt()));
        } catch (ContestRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public List<VoteFlag> getFlags() {
        return voting.flags(contest);
    }

    public VoteLedger.Check getLedger() {
        return ledger.verify();
    }

    public long getVotes() {
        return ledger.tally(contest.getId()).values().stream().mapToLong(Long::longValue).sum();
    }

    private void refresh() {
        board = null;
        byId = null;
        contest = setup.bySlug(slug).orElse(contest);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Contest getContest() { return contest; }
    public Map<String, String> getReasons() { return reasons; }
    public Map<String, Boolean> getChosen() { return chosen; }
}
