package vn.quyentreem.portal.awards.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.awards.control.AwardSetup;
import vn.quyentreem.portal.awards.entity.AwardCategory;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.Laureate;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.site.ErrorPages;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The public award pages: /giai-thuong (the programmes), /giai-thuong/{slug} (a programme, how to nominate, the
 * archive of announced years) and /giai-thuong/{slug}/{year} (an announcement, which is a 404 until its time).
 */
@Named
@RequestScoped
public class AwardView {

    /** A category's laureates in an announcement. */
    public record CategoryLaureates(AwardCategory category, List<Laureate> laureates) {
    }

    @Inject
    AwardSetup setup;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    VietnameseDates dates;

    @Inject
    CurrentUser currentUser;

    private final Instant now = Instant.now();
    private AwardProgramme programme;
    private AwardCycle cycle;

    public void load(String slug) {
        programme = setup.bySlug(slug).orElse(null);
        if (programme == null) {
            ErrorPages.notFound();
        }
    }

    public void loadYear(String slug, String year) {
        load(slug);
        if (programme == null) {
            return;
        }
        cycle = year == null || !year.matches("\\d{4}") ? null
                : programme.cycle(Integer.parseInt(year)).filter(c -> c.isAnnouncedAt(now)).orElse(null);
        if (cycle == null) {
            programme = null;
            ErrorPages.notFound(); // under embargo, the page does not exist
        }
    }

    public List<AwardProgramme> getProgrammes() {
        return setup.all();
    }

    public AwardCycle getLatest() {
        return programme.latest().orElse(null);
    }

    public boolean isOpen() {
        return getLatest() != null && getLatest().isOpenAt(now);
    }

    public boolean isUpcoming() {
        return getLatest() != null && now.isBefore(getLatest().getNominationsOpen());
    }

    /** Announced years, newest first: the laureates archive. */
    public List<AwardCycle> getArchive() {
        return programme.getCycles().stream().filter(c -> c.isAnnouncedAt(now))
                .sorted(Comparator.comparingInt(AwardCycle::getYear).reversed()).toList();
    }

    public List<CategoryLaureates> getLaureates() {
        return cycle.getCategories().stream()
                .map(c -> new CategoryLaureates(c, cycle.getLaureates().stream().filter(l -> c.getCode().equals(l.getCategory())).toList()))
                .filter(c -> !c.laureates().isEmpty()).toList();
    }

    public String getDescriptionHtml() {
        return markdown.toHtml(programme.getDescription());
    }

    public String when(Instant instant) {
        return dates.dateTime(instant);
    }

    public String day(Instant instant) {
        return dates.date(instant);
    }

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }

    public AwardProgramme getProgramme() { return programme; }
    public AwardCycle getCycle() { return cycle; }
}
