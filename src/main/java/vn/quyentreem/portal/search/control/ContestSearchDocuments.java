package vn.quyentreem.portal.search.control;

import vn.quyentreem.portal.contests.control.ContestVisibility;
import vn.quyentreem.portal.contests.control.PublicName;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.FieldValue;
import vn.quyentreem.portal.contests.entity.PrizeWinner;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.PublicPath;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How contests appear in the index: a published contest by its name, description and rules (and its winners once
 * the results are public); an entry only while {@link ContestVisibility#inGallery} allows, and then only under
 * the name the public may see.
 */
public final class ContestSearchDocuments {

    public static final String CONTEST = "contest";
    public static final String ENTRY = "contest-entry";
    static final String SECTION = "cuoc-thi";

    private ContestSearchDocuments() {
    }

    public static Optional<SearchDocument> of(Contest c, Instant now) {
        if (!c.isPublished()) {
            return Optional.empty();
        }
        List<String> text = new ArrayList<>();
        text.add(MarkdownRenderer.plainText(c.getDescription()));
        text.add(MarkdownRenderer.plainText(c.getRules()));
        c.getCategories().forEach(cat -> text.add(cat.getName()));
        if (c.resultsPublic(now)) {
            for (PrizeWinner w : c.getResults()) {
                text.add(w.getPrize() + ": " + w.getTitle() + " — " + w.getAuthor() + ", " + w.getProvince());
            }
        }
        String summary = c.getOrganiser() == null ? "Cuộc thi " + c.fullName() : c.getOrganiser();
        return Optional.of(new SearchDocument(CONTEST, c.getId(), "Cuộc thi “" + c.getName() + "” " + c.getEdition(),
                summary, List.of("Cuộc thi", c.getName()), clean(String.join("\n", text)), SECTION,
                c.getTimeline().getEntriesOpen(), PublicPath.CONTEST.of(c.getSlug())));
    }

    public static Optional<SearchDocument> of(ContestEntry e, Contest c) {
        if (!ContestVisibility.inGallery(e, c)) {
            return Optional.empty();
        }
        List<String> text = new ArrayList<>();
        for (FieldValue v : e.getValues()) {
            if (!"title".equals(v.getKey())) {
                text.add(v.getValue());
            }
        }
        return Optional.of(new SearchDocument(ENTRY, e.getId(), e.getTitle(), PublicName.byline(e) + " · " + c.fullName(),
                List.of(c.getName()), clean(String.join("\n", text)), SECTION, e.getCreatedAt(),
                PublicPath.ENTRY.of(e.getCode())));
    }

    private static String clean(String text) {
        return text.replace(PagedPassageFormatter.PAGE_BREAK, ' ');
    }
}
