package vn.quyentreem.portal.campaigns.control;

import vn.quyentreem.portal.publishing.control.PublishingRefusal;
import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.ActivityStatus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an editor writes of a campaign, from the desk form, the API or a content file; also what a revision keeps.
 * {@link #checked()} tidies it and says in Vietnamese what is missing or wrong.
 */
public record CampaignDraft(String name, Integer year, String theme, LocalDate startsOn, LocalDate endsOn,
                            List<String> messages, String body, String bannerImage, String bannerAlt,
                            List<String> hotlines, List<Activity> activities, List<String> articleSlugs, String tag,
                            List<String> documentSlugs) {

    public static final String DEFAULT_HOTLINE = "111";
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 .+-]{1,18}[0-9]");
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public CampaignDraft checked() {
        String n = required(name, "tên chiến dịch", 200);
        if (year == null || year < 2000 || year > 2100) {
            throw invalid("Năm của chiến dịch phải từ 2000 đến 2100");
        }
        String t = required(theme, "chủ đề của chiến dịch", 500);
        if (startsOn == null || endsOn == null) {
            throw invalid("Hãy ghi ngày bắt đầu và ngày kết thúc (dd/MM/yyyy)");
        }
        if (endsOn.isBefore(startsOn)) {
            throw invalid("Ngày kết thúc phải sau ngày bắt đầu");
        }
        List<String> phones = lines(hotlines);
        for (String phone : phones) {
            if (!PHONE.matcher(phone).matches()) {
                throw invalid("Số đường dây nóng «" + phone + "» không hợp lệ");
            }
        }
        String banner = blankToNull(bannerImage);
        if (banner != null && blankToNull(bannerAlt) == null) {
            throw invalid("Ảnh băng rôn cần có mô tả cho người đọc khiếm thị");
        }
        return new CampaignDraft(n, year, t, startsOn, endsOn, lines(messages), body == null ? "" : body.strip(),
                banner, banner == null ? null : bannerAlt.strip(), phones.isEmpty() ? List.of(DEFAULT_HOTLINE) : phones,
                checkedActivities(), lines(articleSlugs).stream().distinct().toList(), blankToNull(tag),
                lines(documentSlugs).stream().distinct().toList());
    }

    /** Every row must say what and when; its dates are worked out again from the time as written. */
    private List<Activity> checkedActivities() {
        List<Activity> out = new ArrayList<>();
        int row = 0;
        for (Activity a : activities == null ? List.<Activity>of() : activities) {
            row++;
            if (blankToNull(a.getActivity()) == null && blankToNull(a.getTime()) == null) {
                continue; // an empty row of the form
            }
            if (blankToNull(a.getActivity()) == null) {
                throw invalid("Hoạt động " + row + ": hãy ghi nội dung hoạt động");
            }
            ActivityPlan.Period period = ActivityPlan.period(Objects.requireNonNullElse(a.getTime(), ""), year);
            if (period == null) {
                throw invalid("Hoạt động " + row + ": chưa hiểu thời gian «" + Objects.requireNonNullElse(a.getTime(), "")
                        + "». Hãy ghi như «Tháng 3», «Tháng 3-6», «Quý 2», «Cả năm» hoặc «15/05/" + year + " - 30/06/" + year + "»");
            }
            out.add(new Activity(a.getActivity().strip(), period.label(), period.startsOn().toString(),
                    period.endsOn().toString(), blankToNull(a.getLead()), blankToNull(a.getPartners()),
                    blankToNull(a.getFunding()), a.getStatusValue()));
        }
        return out;
    }

    /** A date as Vietnamese write it (dd/MM/yyyy), or ISO; null for blank. */
    public static LocalDate date(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.contains("/") ? LocalDate.parse(t, VIETNAMESE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw invalid(what + " «" + t + "» không phải ngày hợp lệ (dd/MM/yyyy)");
        }
    }

    public static List<String> splitLines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public static Activity emptyRow() {
        return new Activity("", "", null, null, null, null, null, ActivityStatus.PLANNED);
    }

    private static List<String> lines(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static String required(String value, String what, int max) {
        String v = blankToNull(value);
        if (v == null) {
            throw invalid("Hãy ghi " + what);
        }
        if (v.length() > max) {
            throw invalid("Phần " + what + " dài quá: tối đa " + max + " ký tự");
        }
        return v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static PublishingRefusal invalid(String message) {
        return PublishingRefusal.invalid(message);
    }
}
