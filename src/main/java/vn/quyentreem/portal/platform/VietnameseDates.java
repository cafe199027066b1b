package vn.quyentreem.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese readers write them (dd/MM/yyyy), always in Asia/Ho_Chi_Minh. */
@Named("dates")
@ApplicationScoped
public class VietnameseDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy").withZone(ZONE);
    private static final DateTimeFormatter DAY_THEN_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /**
     * A time as definitions write it, "2027-03-01 08:00" (seconds optional), read in Vietnam.
     *
     * @throws java.time.format.DateTimeParseException when it is not written so
     */
    public static Instant parseLocal(String text) {
        return java.time.LocalDateTime.parse(text.strip(), LOCAL).atZone(ZONE).toInstant();
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** Day first, for a column of moments in a table, read down by their dates. */
    public String dayThenTime(Instant instant) {
        return instant == null ? "" : DAY_THEN_TIME.format(instant);
    }

    /** A stored text that is a moment in ISO-8601 (e.g. an audit entry's scheduled time) as {@link #dayThenTime}; other text as it is. */
    public String moment(String text) {
        try {
            return text == null ? "" : dayThenTime(Instant.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException notAMoment) {
            return text;
        }
    }

    /** Machine-readable form for &lt;time datetime&gt; and feeds. */
    public String iso(Instant instant) {
        return instant == null ? "" : ISO.format(instant);
    }
}
