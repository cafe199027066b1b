package vn.quyentreem.portal.campaigns.entity;

import vn.quyentreem.portal.changes.entity.ContentChanged;

/** Domain event: a campaign was saved, published, unpublished or archived; the page cache and search listen. */
public record CampaignChanged(String itemId) implements ContentChanged {

    public static final String TYPE = "campaign";

    @Override
    public String itemType() {
        return TYPE;
    }
}
