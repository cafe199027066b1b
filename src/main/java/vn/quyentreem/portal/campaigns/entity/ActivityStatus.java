package vn.quyentreem.portal.campaigns.entity;

import java.util.Arrays;

/** How far an activity of a plan has got. */
public enum ActivityStatus {
    PLANNED("Kế hoạch"),
    IN_PROGRESS("Đang thực hiện"),
    DONE("Đã hoàn thành"),
    POSTPONED("Tạm hoãn");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The status stored under name; PLANNED for none or an unknown one. */
    public static ActivityStatus fromName(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst().orElse(PLANNED);
    }
}
