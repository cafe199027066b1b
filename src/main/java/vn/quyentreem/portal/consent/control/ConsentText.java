package vn.quyentreem.portal.consent.control;

import java.util.List;

/**
 * What a guardian is told before deciding. The version is stored with every decision, so a later change of the
 * wording never rewrites what someone agreed to: change the text, change the version.
 */
public record ConsentText(String version, String purpose, List<String> collected, List<String> publicByDefault,
                          List<String> neverPublic) {

    public static final String CONTEST_ENTRY = "contest-entry";
    public static final String AWARD_NOMINATION = "award-nomination";

    public static ConsentText forSubject(String subjectType) {
        if (AWARD_NOMINATION.equals(subjectType)) {
            return new ConsentText("de-cu-2026-11",
                    "Con của bạn được đề cử cho một giải thưởng của Hội Bảo vệ quyền trẻ em Việt Nam.",
                    List.of("Họ tên, năm sinh, tỉnh/thành phố và trường của con",
                            "Thành tích, giấy tờ và ảnh người đề cử gửi kèm",
                            "E-mail của bạn, để hỏi ý kiến và báo kết quả"),
                    List.of("Tên gọi và chữ cái đầu của họ (ví dụ: Minh Anh N.)", "Tỉnh/thành phố",
                            "Tóm tắt thành tích, nếu con được vinh danh"),
                    List.of("Họ tên đầy đủ và trường, trừ khi bạn chọn cho hiện", "E-mail, năm sinh", "Giấy tờ gửi kèm"));
        }
        return new ConsentText("du-thi-2026-11",
                "Con của bạn gửi bài dự thi một cuộc thi do Hội Bảo vệ quyền trẻ em Việt Nam và Tạp chí Trẻ em tổ chức.",
                List.of("Họ tên, năm sinh, tỉnh/thành phố và trường, lớp của con",
                        "Bài dự thi: nội dung con viết và các tệp tranh, ảnh con gửi (thông tin ẩn trong ảnh như vị trí GPS được xóa)",
                        "E-mail của bạn và tài khoản con dùng để gửi bài"),
                List.of("Tên gọi và chữ cái đầu của họ (ví dụ: Minh Anh N.)", "Tỉnh/thành phố",
                        "Bài dự thi, nếu được chọn vào vòng bình chọn hoặc đoạt giải"),
                List.of("Họ tên đầy đủ và trường, trừ khi bạn chọn cho hiện", "Năm sinh, e-mail",
                        "Giám khảo chấm bài không thấy tên con"));
    }
}
