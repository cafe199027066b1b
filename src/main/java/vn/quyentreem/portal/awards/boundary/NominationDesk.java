package vn.quyentreem.portal.awards.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.awards.control.AwardReview;
import vn.quyentreem.portal.awards.control.AwardSetup;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.platform.Refusal;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /bien-tap/de-cu.xhtml?slug=…&amp;nam=…: the editors' review of a year's nominations: eligibility with reasons,
 * possible duplicates to merge, the shortlist, the council's board, and the laureates with their citations.
 */
@Named
@ViewScoped
public class NominationDesk implements Serializable {

    @Inject
    transient AwardSetup setup;

    @Inject
    transient AwardReview review;

    @Inject
    transient CurrentUser currentUser;

    private String slug;
    private String year;
    private AwardProgramme programme;
    private int cycleYear;
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, Boolean> chosen = new HashMap<>();
    private final Map<String, String> citations = new HashMap<>();
    private String keep;
    private transient List<Nomination> nominations;
    private transient Judging.Board board;

    public void load() {
        if (!currentUser.isEditor()) {
            ErrorPages.forbidden();
            return;
        }
        programme = setup.bySlug(slug).orElse(null);
        AwardCycle cycle = programme == null ? null : year != null && year.matches("\\d{4}")
                ? programme.cycle(Integer.parseInt(year)).orElse(null) : programme.latest().orElse(null);
        if (cycle == null) {
            ErrorPages.notFound();
            return;
        }
        cycleYear = cycle.getYear();
    }

    public AwardCycle getCycle() {
        return programme.cycle(cycleYear).orElseThrow();
    }

    /** Read once per request and after each action: the table and the board's codes both use it. */
    public List<Nomination> getNominations() {
        if (nominations == null) {
            nominations = review.of(programme, cycleYear);
        }
        return nominations;
    }

    public List<List<Nomination>> getDuplicates() {
        return new ArrayList<>(review.possibleDuplicates(programme, cycleYear).values());
    }

    public List<Nomination> getShortlist() {
        return review.shortlist(programme, cycleYear);
    }

    public Judging.Board getBoard() {
        if (board == null) {
            board = review.board(programme, cycleYear);
        }
        return board;
    }

    public String code(String id) {
        return getNominations().stream().filter(n -> n.getId().equals(id)).map(Nomination::getCode).findFirst().orElse("—");
    }

    public String categoryName(String code) {
        return getCycle().category(code).map(c -> c.getName()).orElse(code);
    }

    public String consent(Nomination n) {
        return switch (n.getConsent() == null ? "" : n.getConsent()) {
            case Nomination.CONSENT_NOT_NEEDED -> "Không cần";
            case "GIVEN" -> "Đã đồng ý";
            case "DECLINED" -> "Không đồng ý";
            default -> "Đang chờ";
        };
    }

    public void screen(String id, boolean eligible) {
        act(() -> review.screen(programme, id, eligible, reasons.get(id), currentUser.account().orElse(null)),
                "Đã ghi kết quả xét và gửi e-mail cho người đề cử");
    }

    public void merge() {
        List<String> others = selected().stream().filter(id -> !id.equals(keep)).toList();
        act(() -> review.merge(programme, keep, others, currentUser.account().orElse(null)), "Đã gộp " + others.size() + " đề cử");
    }

    public void shortlist(boolean in) {
        act(() -> review.shortlist(programme, selected(), in, currentUser.account().orElse(null)),
                in ? "Đã đưa vào danh sách rút gọn" : "Đã bỏ khỏi danh sách rút gọn");
    }

    public void decide() {
        List<AwardReview.Choice> choices = selected().stream().map(id -> new AwardReview.Choice(id, citations.get(id))).toList();
        act(() -> review.decide(programme, cycleYear, choices, currentUser.account().orElse(null)),
                "Đã chọn người được vinh danh; trang công bố mở lúc " + new VietnameseDates().dateTime(getCycle().getAnnounceAt()));
    }

    private List<String> selected() {
        return chosen.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            chosen.clear();
            nominations = null;
            board = null;
            programme = setup.bySlug(slug).orElse(programme);
            FacesMessages.info(done);
        } catch (Refusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public AwardProgramme getProgramme() { return programme; }
    public Map<String, String> getReasons() { return reasons; }
    public Map<String, Boolean> getChosen() { return chosen; }
    public Map<String, String> getCitations() { return citations; }
    public String getKeep() { return keep; }
    public void setKeep(String keep) { this.keep = keep; }
}
