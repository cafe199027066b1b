package vn.quyentreem.portal.consent.entity;

/** Where a guardian's consent stands. Only GIVEN lets anyone but the entrant and the editors see the child's work. */
public enum ConsentStatus {
    PENDING("Đang chờ phụ huynh đồng ý"),
    GIVEN("Phụ huynh đã đồng ý"),
    DECLINED("Phụ huynh không đồng ý"),
    WITHDRAWN("Phụ huynh đã rút lại đồng ý");

    private final String label;

    ConsentStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
