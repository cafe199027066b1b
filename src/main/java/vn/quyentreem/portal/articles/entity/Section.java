package vn.quyentreem.portal.articles.entity;

import java.util.Arrays;
import java.util.Optional;

/** The seven sections (chuyên mục) of the association's communication plan. */
public enum Section {
    KET_QUA_HOAT_DONG("ket-qua-hoat-dong", "Kết quả hoạt động",
            "Kết quả thực hiện nhiệm vụ của Hội theo quy định của Luật Trẻ em."),
    LUAT_CHINH_SACH("luat-chinh-sach", "Chính sách, pháp luật",
            "Chủ trương, chính sách, pháp luật của Đảng và Nhà nước về trẻ em."),
    TINH_HINH_TRE_EM("tinh-hinh-tre-em", "Tình hình trẻ em",
            "Số liệu, xu hướng và đời sống của trẻ em Việt Nam hôm nay."),
    VU_VIEC_BAI_HOC("vu-viec-bai-hoc", "Vụ việc và bài học",
            "Những vụ việc vi phạm quyền trẻ em, sự tham gia của Hội và kinh nghiệm phòng tránh."),
    GOP_Y_VAN_BAN("gop-y-van-ban", "Góp ý văn bản pháp luật",
            "Ý kiến của Hội vào các dự thảo luật, nghị định và chính sách liên quan đến trẻ em."),
    GIAM_SAT("giam-sat-quyen-tre-em", "Giám sát quyền trẻ em",
            "Hoạt động giám sát việc thực hiện quyền trẻ em ở các địa phương."),
    MO_HINH_DIA_PHUONG("mo-hinh-dia-phuong", "Mô hình địa phương",
            "Các mô hình, hoạt động nổi bật của Hội và chi hội ở địa phương.");

    private final String code;
    private final String title;
    private final String description;

    Section(String code, String title, String description) {
        this.code = code;
        this.title = title;
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public static Optional<Section> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
