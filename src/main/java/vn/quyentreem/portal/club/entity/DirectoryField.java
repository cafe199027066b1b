package vn.quyentreem.portal.club.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The profile fields a member may show in the public directory, each only with the member's consent.
 * {@link #NAME} is the consent to be listed at all: an entry without a name would say nothing.
 */
public enum DirectoryField {
    NAME("name", "Họ tên (bỏ chọn thì bạn không có mặt trong danh bạ công khai)"),
    PHOTO("photo", "Ảnh chân dung"),
    OUTLET("outlet", "Cơ quan báo chí"),
    POSITION("position", "Chức danh"),
    PRESS_CARD("pressCard", "Số thẻ nhà báo"),
    TOPICS("topics", "Lĩnh vực quan tâm"),
    PROVINCE("province", "Tỉnh, thành phố"),
    EMAIL("email", "E-mail"),
    PHONE("phone", "Số điện thoại"),
    BIO("bio", "Giới thiệu ngắn");

    /** What a new applicant sees ticked: enough to be found, nothing that reaches them directly. */
    public static final List<String> DEFAULT_PUBLIC = List.of("name", "outlet", "position", "topics", "province");

    private final String code;
    private final String label;

    DirectoryField(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public static Optional<DirectoryField> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
