package vn.quyentreem.portal.campaigns.control;

import vn.quyentreem.portal.campaigns.entity.Activity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A campaign's content as lines of plain text, the way an editor compares two revisions. */
public final class CampaignRevisionText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CampaignRevisionText() {
    }

    public static List<String> lines(CampaignDraft d) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + d.name() + " (" + d.year() + ")");
        lines.add("Chủ đề: " + d.theme());
        lines.add("Thời gian: " + day(d.startsOn()) + " – " + day(d.endsOn()));
        lines.add("Đường dây nóng: " + String.join(", ", d.hotlines()));
        d.messages().forEach(m -> lines.add("Thông điệp: " + m));
        lines.add("Ảnh băng rôn: " + Objects.toString(d.bannerImage(), "—") + " (" + Objects.toString(d.bannerAlt(), "") + ")");
        for (Activity a : d.activities()) {
            lines.add("Hoạt động: " + a.getActivity() + " | " + a.getTime() + " | " + Objects.toString(a.getLead(), "")
                    + " | " + Objects.toString(a.getPartners(), "") + " | " + Objects.toString(a.getFunding(), "")
                    + " | " + a.getStatusValue().getLabel());
        }
        lines.add("Bài liên quan: " + String.join(", ", d.articleSlugs()) + " · Thẻ: " + Objects.toString(d.tag(), ""));
        lines.add("Tài liệu: " + String.join(", ", d.documentSlugs()));
        lines.add("");
        lines.addAll((d.body() == null ? "" : d.body()).lines().toList());
        return lines;
    }

    private static String day(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }
}
