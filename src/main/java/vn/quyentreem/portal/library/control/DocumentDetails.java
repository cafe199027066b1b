package vn.quyentreem.portal.library.control;

import vn.quyentreem.portal.platform.Choices;

import java.time.Year;
import java.util.List;

/** What an editor says about a training document, checked before the file is taken in. */
public record DocumentDetails(String title, String summary, String topic, String audience, String year,
                              String source, boolean membersOnly) {

    public static final List<String> TOPICS = List.of("Truyền thông", "Pháp luật", "Phòng chống xâm hại",
            "Kỹ năng sống", "Giám sát");
    public static final List<String> AUDIENCES = List.of("Phóng viên", "Cán bộ Hội", "Cha mẹ", "Giáo viên", "Luật sư");

    static final int MAX_SUMMARY = 1_000;
    static final int MAX_SOURCE = 300;

    /** The year as a number, or a Vietnamese reason why the details cannot be used. */
    int checkedYear() throws TextExtraction.Refused {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new TextExtraction.Refused("Hãy nhập tiêu đề tài liệu (tối đa 200 ký tự)");
        }
        if (summary != null && summary.strip().length() > MAX_SUMMARY) {
            throw new TextExtraction.Refused("Tóm tắt dài quá " + MAX_SUMMARY + " ký tự");
        }
        if (source != null && source.strip().length() > MAX_SOURCE) {
            throw new TextExtraction.Refused("Nguồn dài quá " + MAX_SOURCE + " ký tự");
        }
        if (!Choices.isOneOf(topic, TOPICS)) {
            throw new TextExtraction.Refused("Chủ đề phải là một trong: " + String.join(", ", TOPICS));
        }
        if (!Choices.isOneOf(audience, AUDIENCES)) {
            throw new TextExtraction.Refused("Đối tượng phải là một trong: " + String.join(", ", AUDIENCES));
        }
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            throw new TextExtraction.Refused("Năm phải là một số, ví dụ 2025");
        }
        if (y < 1990 || y > Year.now().getValue() + 1) {
            throw new TextExtraction.Refused("Năm không hợp lệ: " + y);
        }
        return y;
    }
}
