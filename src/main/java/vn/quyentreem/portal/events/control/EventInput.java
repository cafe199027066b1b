package vn.quyentreem.portal.events.control;

import vn.quyentreem.portal.events.entity.ClubEvent;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.VietnameseDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * An event as an editor types it: days as dd/MM/yyyy and times as HH:mm, in Vietnam. Checked into the fields of
 * a {@link ClubEvent}, or the list of what is wrong.
 */
public record EventInput(String title, String kind, String summary, String description, String place,
                         String startDay, String startTime, String endDay, String endTime,
                         String closesDay, String closesTime, String capacity) {

    /** Strict: 31/02 is refused, not read as 28/02. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    static final int MAX_CAPACITY = 5000;

    public record Checked(ClubEvent event, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The event's days and times, as the form shows them. */
    public static EventInput of(ClubEvent e) {
        return new EventInput(e.getTitle(), e.getKind(), e.getSummary(), e.getDescription(), e.getPlace(),
                day(e.getStartsAt()), time(e.getStartsAt()), day(e.getEndsAt()), time(e.getEndsAt()),
                day(e.getRegistrationClosesAt()), time(e.getRegistrationClosesAt()), Integer.toString(e.getCapacity()));
    }

    public Checked check() {
        List<Problem> errors = new ArrayList<>();
        ClubEvent e = new ClubEvent();
        e.setTitle(required(title, "title", "tên sự kiện", 200, errors));
        try {
            e.setKind(ClubEvent.Kind.valueOf(kind == null ? "" : kind).name());
        } catch (IllegalArgumentException bad) {
            errors.add(new Problem("kind", "Hãy chọn loại: tập huấn hoặc sự kiện"));
        }
        e.setSummary(optional(summary, "summary", 400, "Tóm tắt", errors));
        e.setDescription(optional(description, "description", 20_000, "Nội dung", errors));
        e.setPlace(required(place, "place", "địa điểm", 300, errors));
        e.setStartsAt(instant(startDay, startTime, "startDay", "bắt đầu", errors));
        e.setEndsAt(instant(endDay, endTime, "endDay", "kết thúc", errors));
        e.setRegistrationClosesAt(instant(closesDay, closesTime, "closesDay", "hạn đăng ký", errors));
        if (e.getStartsAt() != null && e.getEndsAt() != null && !e.getEndsAt().isAfter(e.getStartsAt())) {
            errors.add(new Problem("endDay", "Giờ kết thúc phải sau giờ bắt đầu"));
        }
        if (e.getStartsAt() != null && e.getRegistrationClosesAt() != null
                && e.getRegistrationClosesAt().isAfter(e.getStartsAt())) {
            errors.add(new Problem("closesDay", "Hạn đăng ký phải trước giờ bắt đầu"));
        }
        String seats = capacity == null ? "" : capacity.strip();
        if (!seats.matches("\\d{1,5}") || Integer.parseInt(seats) < 1 || Integer.parseInt(seats) > MAX_CAPACITY) {
            errors.add(new Problem("capacity", "Số chỗ phải là số nguyên từ 1 đến " + MAX_CAPACITY));
        } else {
            e.setCapacity(Integer.parseInt(seats));
        }
        return new Checked(errors.isEmpty() ? e : null, List.copyOf(errors));
    }

    private static Instant instant(String day, String time, String field, String what, List<Problem> errors) {
        if (day == null || day.isBlank() || time == null || time.isBlank()) {
            errors.add(new Problem(field, "Hãy nhập ngày và giờ " + what + " (dd/MM/yyyy và HH:mm)"));
            return null;
        }
        try {
            return LocalDate.parse(day.strip(), DAY).atTime(LocalTime.parse(time.strip(), TIME))
                    .atZone(VietnameseDates.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new Problem(field, "Ngày giờ " + what + " \"" + day.strip() + " " + time.strip() + "\" không đúng dạng dd/MM/yyyy HH:mm"));
            return null;
        }
    }

    private static String required(String value, String field, String label, int max, List<Problem> errors) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v == null) {
            errors.add(new Problem(field, "Hãy nhập " + label));
        } else if (v.length() > max) {
            errors.add(new Problem(field, "Trường " + label + " dài quá " + max + " ký tự"));
            return null;
        }
        return v;
    }

    private static String optional(String value, String field, int max, String label, List<Problem> errors) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v != null && v.length() > max) {
            errors.add(new Problem(field, label + " dài quá " + max + " ký tự"));
            return null;
        }
        return v;
    }

    private static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant.atZone(VietnameseDates.ZONE));
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(VietnameseDates.ZONE));
    }
}
