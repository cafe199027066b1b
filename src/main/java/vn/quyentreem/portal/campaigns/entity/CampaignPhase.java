package vn.quyentreem.portal.campaigns.entity;

/** Where a campaign's period stands today, in Vietnam. */
public enum CampaignPhase {
    UPCOMING("Sắp diễn ra"),
    RUNNING("Đang diễn ra"),
    ENDED("Đã kết thúc");

    private final String label;

    CampaignPhase(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
