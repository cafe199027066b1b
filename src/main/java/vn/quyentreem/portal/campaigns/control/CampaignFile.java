package vn.quyentreem.portal.campaigns.control;

import vn.quyentreem.portal.publishing.control.PublishingRefusal;
import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.ActivityStatus;
import vn.quyentreem.portal.content.FrontMatterFile;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Reads one content/campaigns/*.md file (format in content/campaigns/README.md) into a campaign draft. */
public final class CampaignFile {

    private CampaignFile() {
    }

    public static CampaignDraft toDraft(FrontMatterFile file) throws FrontMatterFile.Malformed {
        Map<String, Object> meta = file.meta();
        try {
            Integer year = meta.get("year") instanceof Number n ? n.intValue() : null;
            List<Activity> plan = new ArrayList<>();
            for (Object row : list(meta.get("activities"), "activities")) {
                if (!(row instanceof Map<?, ?> r)) {
                    throw new FrontMatterFile.Malformed("mỗi dòng kế hoạch (activities) phải là các cặp khóa: giá trị");
                }
                ActivityStatus status = ActivityPlan.status(text(r.get("status")));
                if (status == null) {
                    throw new FrontMatterFile.Malformed("trạng thái hoạt động không hợp lệ: " + r.get("status"));
                }
                plan.add(new Activity(text(r.get("activity")), text(r.get("time")), null, null, text(r.get("lead")),
                        text(r.get("partners")), text(r.get("funding")), status));
            }
            return new CampaignDraft(file.text("name"), year, file.text("theme"), date(meta.get("startsOn")),
                    date(meta.get("endsOn")), strings(meta.get("messages"), "messages"), file.body(),
                    null, file.text("bannerAlt"), strings(meta.get("hotlines"), "hotlines"), plan,
                    strings(meta.get("articles"), "articles"), file.text("tag"), strings(meta.get("documents"), "documents"))
                    .checked();
        } catch (PublishingRefusal e) {
            throw new FrontMatterFile.Malformed(e.getMessage());
        }
    }

    private static LocalDate date(Object value) {
        // SnakeYAML makes an unquoted 2026-06-01 a Date at midnight UTC
        return value instanceof Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                : CampaignDraft.date(value == null ? null : value.toString(), "Ngày");
    }

    private static List<String> strings(Object value, String key) throws FrontMatterFile.Malformed {
        return list(value, key).stream().map(CampaignFile::text).toList();
    }

    private static Collection<?> list(Object value, String key) throws FrontMatterFile.Malformed {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Collection<?> c)) {
            throw new FrontMatterFile.Malformed("«" + key + "» phải là một danh sách");
        }
        return c;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
