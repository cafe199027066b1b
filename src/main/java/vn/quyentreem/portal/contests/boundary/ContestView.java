package vn.quyentreem.portal.contests.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.contests.control.ContestGallery;
import vn.quyentreem.portal.contests.control.ContestSetup;
import vn.quyentreem.portal.contests.control.PublicName;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestCategory;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.ContestPhase;
import vn.quyentreem.portal.contests.entity.PrizeWinner;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.media.entity.PrivateFile;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.site.ErrorPages;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A contest's public pages: /cuoc-thi/{slug}, its gallery /cuoc-thi/{slug}/binh-chon and results /cuoc-thi/{slug}/ket-qua. */
@Named
@RequestScoped
public class ContestView {

    /** A category's winners, in prize order. */
    public record CategoryResults(ContestCategory category, List<PrizeWinner> winners) {
    }

    @Inject
    ContestSetup setup;

    @Inject
    ContestGallery publicEntries;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    VietnameseDates dates;

    @Inject
    CurrentUser currentUser;

    private Contest contest;
    private List<ContestEntry> gallery;
    private final Instant now = Instant.now();

    public void load(String slug) {
        contest = setup.bySlug(slug).filter(Contest::isPublished).orElse(null);
        if (contest == null) {
            ErrorPages.notFound();
        }
    }

    public void loadResults(String slug) {
        load(slug);
        if (contest != null && !contest.resultsPublic(now)) {
            ErrorPages.notFound(); // embargoed: not even that results exist
        }
    }

    public Contest getContest() {
        return contest;
    }

    public ContestPhase getPhase() {
        return ContestPhase.of(contest, now);
    }

    public boolean isOpen() {
        return getPhase() == ContestPhase.OPEN;
    }

    public boolean isVoting() {
        return getPhase() == ContestPhase.VOTING;
    }

    public boolean isResultsPublic() {
        return contest.resultsPublic(now);
    }

    public String getDescriptionHtml() {
        return markdown.toHtml(contest.getDescription());
    }

    public String getRulesHtml() {
        return markdown.toHtml(contest.getRules());
    }

    public String when(Instant instant) {
        return instant == null ? "" : dates.dateTime(instant);
    }

    public String getProvincesText() {
        return contest.getProvinces().isEmpty() ? "Cả nước" : String.join(", ", contest.getProvinces());
    }

    public String getPrizesText() {
        return String.join(", ", contest.getPrizes());
    }

    /** Read once per request: the page asks for it several times while rendering. */
    public List<ContestEntry> getGallery() {
        if (gallery == null) {
            gallery = publicEntries.of(contest);
        }
        return gallery;
    }

    public boolean isGalleryOpen() {
        return !getGallery().isEmpty();
    }

    public List<CategoryResults> getResults() {
        return contest.getCategories().stream()
                .map(c -> new CategoryResults(c, contest.getResults().stream().filter(w -> c.getCode().equals(w.getCategory()))
                        .sorted(Comparator.comparingInt(w -> contest.getPrizes().indexOf(w.getPrize()))).toList()))
                .filter(r -> !r.winners().isEmpty()).toList();
    }

    public String categoryName(String code) {
        return contest.category(code).map(ContestCategory::getName).orElse(code);
    }

    public String byline(ContestEntry entry) {
        return PublicName.byline(entry);
    }

    public String entryUrl(ContestEntry entry) {
        return PublicPath.ENTRY.of(entry.getCode());
    }

    public String fileUrl(ContestEntry entry, PrivateFile file) {
        return "/tep-du-thi/" + entry.getId() + "/" + file.getName();
    }

    public PrivateFile cover(ContestEntry entry) {
        return entry.getFiles().stream().filter(PrivateFile::isImage).findFirst().orElse(null);
    }

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }
}
