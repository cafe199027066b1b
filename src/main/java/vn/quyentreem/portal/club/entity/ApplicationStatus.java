package vn.quyentreem.portal.club.entity;

import vn.quyentreem.portal.platform.Choices;

/** Where an application to the club stands. */
public enum ApplicationStatus {
    /** Sent, but the e-mail address is not confirmed yet; editors do not see it. */
    PENDING_VERIFICATION("Chờ xác nhận e-mail"),
    /** Address confirmed: waiting for an editor. */
    PENDING_REVIEW("Chờ xét duyệt"),
    APPROVED("Đã kết nạp"),
    REJECTED("Không được chấp nhận"),
    /** Never confirmed in time; it no longer blocks a new application with the same details. */
    EXPIRED("Hết hạn xác nhận");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The status as the API writes it: "pending_verification". */
    public String json() {
        return Choices.json(this);
    }
}
