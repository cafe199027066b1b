package vn.quyentreem.portal.search.control;

import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.Laureate;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.PublicPath;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How award programmes appear in the index: the programme by its description, and each year's laureates as one
 * announcement, present only from the announcement time on (before it, search knows nothing of them).
 */
public final class AwardSearchDocuments {

    public static final String PROGRAMME = "award";
    public static final String LAUREATES = "laureates";
    static final String SECTION = "giai-thuong";

    private AwardSearchDocuments() {
    }

    public static SearchDocument of(AwardProgramme p) {
        Instant dated = p.latest().map(AwardCycle::getNominationsOpen).orElse(p.getUpdatedAt());
        return new SearchDocument(PROGRAMME, p.getId(), p.getName(), p.getSummary(), List.of("Giải thưởng"),
                clean(MarkdownRenderer.plainText(p.getDescription())), SECTION, dated, PublicPath.AWARD.of(p.getSlug()));
    }

    public static String laureatesId(AwardProgramme p, int year) {
        return p.getId() + ":" + year;
    }

    public static Optional<SearchDocument> laureates(AwardProgramme p, AwardCycle cycle, Instant now) {
        if (!cycle.isAnnouncedAt(now) || cycle.getLaureates().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (Laureate l : cycle.getLaureates()) {
            String category = cycle.category(l.getCategory()).map(c -> c.getName()).orElse(l.getCategory());
            lines.add(l.getName() + (l.getProvince() == null ? "" : " (" + l.getProvince() + ")") + ", " + category + ": "
                    + l.getCitation());
        }
        return Optional.of(new SearchDocument(LAUREATES, laureatesId(p, cycle.getYear()),
                p.getName() + " năm " + cycle.getYear() + ": những người được vinh danh", p.getSummary(),
                List.of("Giải thưởng", p.getName()), clean(String.join("\n", lines)), SECTION, cycle.getAnnounceAt(),
                PublicPath.awardYear(p.getSlug(), cycle.getYear())));
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace(PagedPassageFormatter.PAGE_BREAK, ' ');
    }
}
