package vn.quyentreem.portal.campaigns.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.campaigns.control.CampaignPeriod;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.Campaigns;
import vn.quyentreem.portal.site.ErrorPages;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The editors' list of every campaign, newest year first, whatever its status. */
@Named
@RequestScoped
public class CampaignDesk {

    @Inject
    Campaigns campaigns;

    @Inject
    CurrentUser currentUser;

    private final Instant now = Instant.now();

    public void load() {
        if (!currentUser.isEditor()) {
            ErrorPages.forbidden();
        }
    }

    public List<Campaign> getAll() {
        return campaigns.findAll().sorted(Comparator.comparingInt(Campaign::getYear).reversed()
                .thenComparing(Campaign::getStartsOn, Comparator.reverseOrder())).toList();
    }

    public String period(Campaign c) {
        return CampaignPeriod.describe(c, now);
    }
}
