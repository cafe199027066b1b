package vn.quyentreem.portal.campaigns.control;

import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignPhase;
import vn.quyentreem.portal.platform.VietnameseDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a campaign stands at a moment, by the calendar in Vietnam: a campaign running "until 30/06" is still
 * running at 23:59 on 30/06 in Hà Nội, whatever the server's own time zone says.
 */
public final class CampaignPeriod {

    private CampaignPeriod() {
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, VietnameseDates.ZONE);
    }

    public static CampaignPhase phase(Campaign c, Instant now) {
        return phase(LocalDate.parse(c.getStartsOn()), LocalDate.parse(c.getEndsOn()), now);
    }

    public static CampaignPhase phase(LocalDate startsOn, LocalDate endsOn, Instant now) {
        LocalDate today = today(now);
        if (today.isBefore(startsOn)) {
            return CampaignPhase.UPCOMING;
        }
        return today.isAfter(endsOn) ? CampaignPhase.ENDED : CampaignPhase.RUNNING;
    }

    /** Days still to go, today included: 1 on the last day. */
    public static long daysLeft(LocalDate endsOn, Instant now) {
        return ChronoUnit.DAYS.between(today(now), endsOn) + 1;
    }

    /** The status line readers see: "Đang diễn ra · còn 5 ngày". */
    public static String describe(Campaign c, Instant now) {
        LocalDate start = LocalDate.parse(c.getStartsOn());
        LocalDate end = LocalDate.parse(c.getEndsOn());
        CampaignPhase phase = phase(start, end, now);
        return switch (phase) {
            case UPCOMING -> {
                long days = ChronoUnit.DAYS.between(today(now), start);
                yield phase.getLabel() + (days == 1 ? " · bắt đầu ngày mai" : " · còn " + days + " ngày nữa bắt đầu");
            }
            case RUNNING -> {
                long left = daysLeft(end, now);
                yield phase.getLabel() + (left == 1 ? " · hôm nay là ngày cuối" : " · còn " + left + " ngày");
            }
            case ENDED -> phase.getLabel();
        };
    }
}
