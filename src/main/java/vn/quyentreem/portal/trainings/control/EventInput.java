package vn.quyentreem.portal.trainings.control;

import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.trainings.entity.ClubEvent;

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

    public record Checked(ClubEvent event, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The event's days and times, as the form shows them. */
    public static EventInput of(ClubEvent e) {
        return new EventInput(e.getTitle(), e.getKind(), e.getSummary(), e.getDescription(), e.getPlace(),
                day(e.getStartsAt()), time(e.getStartsAt()), day(e.getEndsAt()), time(e.getEndsAt()),
                day(e.getRegistrationClosesAt()), time(e.getRegistrationClosesAt()), Integer.toString(e.getCapacity()));
    }

    public Checked check() {
        List<String> errors = new ArrayList<>();
        ClubEvent e = new ClubEvent();
        e.setTitle(required(title, "tên sự kiện", 200, errors));
        try {
            e.setKind(ClubEvent.Kind.valueOf(kind == null ? "" : kind).name());
        } catch (IllegalArgumentException bad) {
            errors.add("Hãy chọn loại: tập huấn hoặc sự kiện");
        }
        e.setSummary(optional(summary, 400, "Tóm tắt", errors));
        e.setDescription(optional(description, 20_000, "Nội dung", errors));
        e.setPlace(required(place, "địa điểm", 300, errors));
        e.setStartsAt(instant(startDay, startTime, "bắt đầu", errors));
        e.setEndsAt(instant(endDay, endTime, "kết thúc", errors));
        e.setRegistrationClosesAt(instant(closesDay, closesTime, "hạn đăng ký", errors));
        if (e.getStartsAt() != null && e.getEndsAt() != null && !e.getEndsAt().isAfter(e.getStartsAt())) {
            errors.add("Giờ kết thúc phải sau giờ bắt đầu");
        }
        if (e.getStartsAt() != null && e.getRegistrationClosesAt() != null
                && e.getRegistrationClosesAt().isAfter(e.getStartsAt())) {
            errors.add("Hạn đăng ký phải trước giờ bắt đầu");
        }
        String seats = capacity == null ? "" : capacity.strip();
        if (!seats.matches("\\d{1,5}") || Integer.parseInt(seats) < 1 || Integer.parseInt(seats) > MAX_CAPACITY) {
            errors.add("Số chỗ phải là số nguyên từ 1 đến " + MAX_CAPACITY);
        } else {
            e.setCapacity(Integer.parseInt(seats));
        }
        return new Checked(errors.isEmpty() ? e : null, List.copyOf(errors));
    }

    private static Instant instant(String day, String time, String what, List<String> errors) {
        if (day == null || day.isBlank() || time == null || time.isBlank()) {
            errors.add("Hãy nhập ngày và giờ " + what + " (dd/MM/yyyy và HH:mm)");
            return null;
        }
        try {
            return LocalDate.parse(day.strip(), DAY).atTime(LocalTime.parse(time.strip(), TIME))
                    .atZone(VietnameseDates.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add("Ngày giờ " + what + " \"" + day.strip() + " " + time.strip() + "\" không đúng dạng dd/MM/yyyy HH:mm");
            return null;
        }
    }

    private static String required(String value, String label, int max, List<String> errors) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v == null) {
            errors.add("Hãy nhập " + label);
        } else if (v.length() > max) {
            errors.add("Trường " + label + " dài quá " + max + " ký tự");
            return null;
        }
        return v;
    }

    private static String optional(String value, int max, String label, List<String> errors) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v != null && v.length() > max) {
            errors.add(label + " dài quá " + max + " ký tự");
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
