package vn.quyentreem.portal.platform;

import java.util.List;

/** Vietnam's 34 provinces and centrally run cities since the merger of 1 July 2025, for forms and filters. */
public final class Provinces {

    public static final List<String> ALL = List.of(
            "Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Huế", "Cần Thơ",
            "An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp",
            "Gia Lai", "Hà Tĩnh", "Hưng Yên", "Khánh Hòa", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai",
            "Nghệ An", "Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sơn La", "Tây Ninh",
            "Thái Nguyên", "Thanh Hóa", "Tuyên Quang", "Vĩnh Long");

    private Provinces() {
    }

    public static boolean isKnown(String name) {
        return Choices.isOneOf(name, ALL);
    }
}
