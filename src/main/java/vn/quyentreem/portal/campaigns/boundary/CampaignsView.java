package vn.quyentreem.portal.campaigns.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.campaigns.control.CampaignPeriod;
import vn.quyentreem.portal.campaigns.control.PublishedCampaigns;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignPhase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** /chien-dich: what is running or coming first, then the archive by year; also the home page's feature. */
@Named
@RequestScoped
public class CampaignsView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One year of the archive. */
    public record Year(int year, List<Campaign> campaigns) {
        public int getYear() { return year; }
        public List<Campaign> getCampaigns() { return campaigns; }
    }

    @Inject
    PublishedCampaigns published;

    private final Instant now = Instant.now();
    private List<Campaign> all;

    public List<Campaign> getCurrent() {
        return all().stream().filter(c -> CampaignPeriod.phase(c, now) != CampaignPhase.ENDED).toList();
    }

    public List<Year> getArchive() {
        Map<Integer, List<Campaign>> years = published.byYear(now);
        return years.entrySet().stream()
                .map(e -> new Year(e.getKey(), e.getValue().stream()
                        .filter(c -> CampaignPeriod.phase(c, now) == CampaignPhase.ENDED).toList()))
                .filter(y -> !y.campaigns().isEmpty()).toList();
    }

    public boolean isNone() {
        return all().isEmpty();
    }

    public Optional<Campaign> featured() {
        return published.featured(now);
    }

    public Campaign getFeatured() {
        return featured().orElse(null);
    }

    public String status(Campaign c) {
        return CampaignPeriod.describe(c, now);
    }

    public String phase(Campaign c) {
        return CampaignPeriod.phase(c, now).name().toLowerCase(java.util.Locale.ROOT);
    }

    public String period(Campaign c) {
        return LocalDate.parse(c.getStartsOn()).format(DATE) + " – " + LocalDate.parse(c.getEndsOn()).format(DATE);
    }

    private List<Campaign> all() {
        if (all == null) {
            all = published.all(now);
        }
        return all;
    }
}
