package vn.quyentreem.portal.contests.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.quyentreem.portal.contests.control.ContestVisibility;
import vn.quyentreem.portal.contests.control.PublicName;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.ContestPhase;
import vn.quyentreem.portal.contests.entity.PrizeWinner;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.platform.PublicPath;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shapes of contests for /api/v1. Public shapes carry only what the public may see of an entrant. */
public final class ContestJson {

    private ContestJson() {
    }

    @Schema(name = "ContestSummary")
    public record Summary(String id, String slug, String name, String edition, String phase, String url) {
        static Summary of(Contest c, Instant now) {
            return new Summary(c.getId(), c.getSlug(), c.getName(), c.getEdition(), ContestPhase.of(c, now).json(),
                    PublicPath.CONTEST.of(c.getSlug()));
        }
    }

    public record Category(String code, String name, int minAge, int maxAge, String form) {
    }

    public record Field(String key, String label, String type, boolean required, int max) {
    }

    public record Criterion(String name, int weight, String description) {
    }

    public record Timeline(String entriesOpen, String entriesClose, String judgingEnds, String votingOpen, String votingClose,
                    String results) {
    }

    public record Winner(String category, String prize, String code, String title, String author, String province, double jury,
                  long votes, double score, String excerpt) {
        static Winner of(PrizeWinner w) {
            return new Winner(w.getCategory(), w.getPrize(), w.getCode(), w.getTitle(), w.getAuthor(), w.getProvince(),
                    w.getJury(), w.getVotes(), w.getScore(), w.getExcerpt());
        }
    }

    @Schema(name = "ContestDetail")
    public record Detail(String id, String slug, String name, String edition, String organiser, String phase, String phaseLabel,
                  String advice, int minAge, int maxAge, List<String> provinces, List<Category> categories,
                  Timeline timeline, List<Field> fields, Map<String, Object> files, List<Criterion> criteria,
                  int scale, Map<String, Object> voting, List<String> prizes, String description, String rules,
                  String url, List<Winner> results) {
        static Detail of(Contest c, Instant now) {
            ContestPhase phase = ContestPhase.of(c, now);
            var t = c.getTimeline();
            return new Detail(c.getId(), c.getSlug(), c.getName(), c.getEdition(), c.getOrganiser(), phase.json(),
                    phase.getLabel(), phase.getAdvice(), c.getMinAge(), c.getMaxAge(), c.getProvinces(),
                    c.getCategories().stream().map(x -> new Category(x.getCode(), x.getName(), x.getMinAge(), x.getMaxAge(), x.getForm())).toList(),
                    new Timeline(iso(t.getEntriesOpen()), iso(t.getEntriesClose()), iso(t.getJudgingEnds()),
                            iso(t.getVotingOpen()), iso(t.getVotingClose()), iso(t.getResults())),
                    c.getFields().stream().map(f -> new Field(f.getKey(), f.getLabel(), f.getType(), f.isRequired(), f.getMax())).toList(),
                    Map.of("types", c.getFiles().getTypes(), "min", c.getFiles().getMin(), "max", c.getFiles().getMax(),
                            "maxMB", c.getFiles().getMaxMb()),
                    c.getRubric().getCriteria().stream().map(x -> new Criterion(x.getName(), x.getWeight(), x.getDescription())).toList(),
                    c.getRubric().getScaleMax(),
                    Map.of("enabled", c.getVoting().isEnabled(), "who", c.getVoting().getWho(), "period", c.getVoting().getPeriod(),
                            "juryWeight", c.getVoting().getJuryWeight(), "publicWeight", c.getVoting().getPublicWeight()),
                    c.getPrizes(), c.getDescription(), c.getRules(), PublicPath.CONTEST.of(c.getSlug()),
                    c.resultsPublic(now) ? c.getResults().stream().map(Winner::of).toList() : List.of());
        }
    }

    /** An entry of the public gallery: the work and the consented byline, nothing else about the entrant. */
    public record GalleryEntry(String id, String code, String category, String title, String author, String byline,
                        String url, List<String> files) {
        static GalleryEntry of(ContestEntry e, Contest c) {
            if (!ContestVisibility.inGallery(e, c)) {
                throw new IllegalStateException("not public: " + e.getId());
            }
            return new GalleryEntry(e.getId(), e.getCode(), e.getCategory(), e.getTitle(), PublicName.author(e),
                    PublicName.byline(e), PublicPath.ENTRY.of(e.getCode()),
                    e.getFiles().stream().map(f -> "/tep-du-thi/" + e.getId() + "/" + f.getName()).toList());
        }
    }

    /** What the entrant and the editors see of an entry. */
    public record OwnEntry(String id, String code, String contest, String category, String title, String status, String consent,
                    Boolean eligible, String reason, int round, String familyName, String givenName, int birthYear,
                    String province, String school, Map<String, String> values, int files) {
        static OwnEntry of(ContestEntry e) {
            Map<String, String> values = new java.util.LinkedHashMap<>();
            e.getValues().forEach(v -> values.put(v.getKey(), v.getValue()));
            return new OwnEntry(e.getId(), e.getCode(), e.getContestId(), e.getCategory(), e.getTitle(),
                    e.isConsentClear() ? "received" : "held", e.getConsent(), e.getEligible(), e.getScreeningReason(),
                    e.getRound(), e.getFamilyName(), e.getGivenName(), e.getBirthYear(), e.getProvince(), e.getSchool(),
                    values, e.getFiles().size());
        }
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** A judge's card as saved. */
    @Schema(name = "ContestScoreSaved")
    public record ScoreSaved(String entryId, List<Integer> scores) {
    }

    @Schema(name = "ContestConflictDeclared")
    public record ConflictDeclared(String entryId, boolean conflict) {
    }

    /** One entry on the editors' board: its code, and how its judges scored it. */
    public record BoardRow(String code, String entryId, int judges, double mean, double normalised, double spread,
                           boolean disputed) {
    }

    public record Flag(String entry, String reason, String at) {
    }

    public record Board(int round, List<Judging.JudgeProgress> progress, List<BoardRow> scores, List<Flag> flags) {
    }

    public record Round(int round) {
    }

    public record ResultsPublished(List<Winner> results, String publicFrom) {
    }
}
