package vn.quyentreem.portal.campaigns.entity;

/** Domain event: a campaign was saved, published, unpublished or archived; the page cache and search listen. */
public record CampaignChanged(String campaignId) {
}
