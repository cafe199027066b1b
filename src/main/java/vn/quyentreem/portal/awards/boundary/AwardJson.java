package vn.quyentreem.portal.awards.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.quyentreem.portal.awards.control.NomineeNames;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.Laureate;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.platform.PublicPath;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of award programmes for /api/v1. Laureates appear only once announced. */
public final class AwardJson {

    private AwardJson() {
    }

    @Schema(name = "AwardSummary")
    public record Summary(String id, String slug, String name, String url) {
        static Summary of(AwardProgramme p) {
            return new Summary(p.getId(), p.getSlug(), p.getName(), PublicPath.AWARD.of(p.getSlug()));
        }
    }

    public record Category(String code, String name, String kind, int minAge, int maxAge) {
    }

    public record Cycle(int year, List<Category> categories, String nominationsOpen, String nominationsClose,
                        String announceAt, boolean open, boolean announced, List<String> criteria) {
        static Cycle of(AwardCycle c, Instant now) {
            return new Cycle(c.getYear(), c.getCategories().stream()
                    .map(x -> new Category(x.getCode(), x.getName(), x.getKind(), x.getMinAge(), x.getMaxAge())).toList(),
                    c.getNominationsOpen().toString(), c.getNominationsClose().toString(), c.getAnnounceAt().toString(),
                    c.isOpenAt(now), c.isAnnouncedAt(now), c.getRubric().getCriteria().stream().map(k -> k.getName()).toList());
        }
    }

    @Schema(name = "AwardDetail")
    public record Detail(String id, String slug, String name, String summary, String description, boolean selfNomination,
                         boolean forChildren, List<Cycle> cycles, String url) {
        static Detail of(AwardProgramme p, Instant now) {
            return new Detail(p.getId(), p.getSlug(), p.getName(), p.getSummary(), p.getDescription(), p.isSelfNomination(),
                    p.isForChildren(), p.getCycles().stream().map(c -> Cycle.of(c, now)).toList(), PublicPath.AWARD.of(p.getSlug()));
        }
    }

    public record LaureateJson(int year, String category, String categoryName, String name, String province, String citation) {
        static LaureateJson of(AwardCycle c, Laureate l) {
            return new LaureateJson(c.getYear(), l.getCategory(), c.category(l.getCategory()).map(x -> x.getName()).orElse(l.getCategory()),
                    l.getName(), l.getProvince(), l.getCitation());
        }
    }

    /** What the nominator and the editors see of a nomination. */
    public record NominationJson(String id, String code, int year, String category, String status, String consent,
                                 Boolean eligible, String reason, boolean shortlisted, String nominee, String province,
                                 String nominator, String relation, List<String> supporters, String mergedInto,
                                 String achievements, int files) {
        static NominationJson of(Nomination n) {
            return new NominationJson(n.getId(), n.getCode(), n.getYear(), n.getCategory(),
                    n.isConsentClear() ? n.getStatus() : "held", n.getConsent(), n.getEligible(), n.getScreeningReason(),
                    n.isShortlisted(), n.getNomineeName(), n.getNomineeProvince(), n.getNominatorName(), n.getRelation(),
                    n.getSupporters(), n.getMergedInto(), n.getAchievements(), n.getFiles().size());
        }

        /** What the council sees: for a child, the public form of the name and nothing of who nominated. */
        static NominationJson forCouncil(Nomination n, boolean child) {
            if (!child) {
                return of(n);
            }
            return new NominationJson(n.getId(), n.getCode(), n.getYear(), n.getCategory(), n.getStatus(), n.getConsent(),
                    n.getEligible(), null, n.isShortlisted(), NomineeNames.publicName(n, true), n.getNomineeProvince(),
                    null, null, List.of(), null, n.getAchievements(), n.getFiles().size());
        }
    }

    /** The desk's list of a year's nominations, with the groups that look like one nominee sent twice. */
    public record NominationList(List<NominationJson> items, List<List<String>> possibleDuplicates) {
    }

    /** A council member's card as saved. */
    @Schema(name = "AwardScoreSaved")
    public record ScoreSaved(String nominationId, List<Integer> scores) {
    }

    @Schema(name = "AwardConflictDeclared")
    public record ConflictDeclared(String nominationId, boolean conflict) {
    }

    public record Decided(int year, int laureates, String publicFrom) {
    }
}
