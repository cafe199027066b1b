package vn.quyentreem.portal.campaigns.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignPhase;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A campaign's status turns at midnight in Vietnam (UTC+7), whatever the server's own zone. */
class CampaignPeriodTest {

    private static final Campaign JUNE = campaign("2026-06-01", "2026-06-30");

    @Test
    void upcomingUntilMidnightBeforeTheFirstDayInVietnam() {
        // 23:59:59 on 31/05 in Hà Nội is still 16:59:59 UTC
        Instant lastMoment = Instant.parse("2026-05-31T16:59:59Z");
        assertEquals(CampaignPhase.UPCOMING, CampaignPeriod.phase(JUNE, lastMoment));
        assertEquals("Sắp diễn ra · bắt đầu ngày mai", CampaignPeriod.describe(JUNE, lastMoment));
        assertEquals("Sắp diễn ra · còn 10 ngày nữa bắt đầu",
                CampaignPeriod.describe(JUNE, Instant.parse("2026-05-22T03:00:00Z")));
    }

    @Test
    void runningFromTheFirstMomentOfTheFirstDay() {
        // 00:00 on 01/06 in Hà Nội, while it is still 31/05 in UTC
        Instant firstMoment = Instant.parse("2026-05-31T17:00:00Z");
        assertEquals(CampaignPhase.RUNNING, CampaignPeriod.phase(JUNE, firstMoment));
        assertEquals(30, CampaignPeriod.daysLeft(java.time.LocalDate.parse("2026-06-30"), firstMoment));
        assertEquals("Đang diễn ra · còn 30 ngày", CampaignPeriod.describe(JUNE, firstMoment));
    }

    @Test
    void theLastDayRunsToItsMidnightInVietnam() {
        Instant lastMorning = Instant.parse("2026-06-29T17:00:00Z"); // 00:00 on 30/06
        Instant lastMoment = Instant.parse("2026-06-30T16:59:59Z");  // 23:59:59 on 30/06
        assertEquals(CampaignPhase.RUNNING, CampaignPeriod.phase(JUNE, lastMorning));
        assertEquals(CampaignPhase.RUNNING, CampaignPeriod.phase(JUNE, lastMoment));
        assertEquals("Đang diễn ra · hôm nay là ngày cuối", CampaignPeriod.describe(JUNE, lastMoment));
        assertEquals("Đang diễn ra · còn 2 ngày",
                CampaignPeriod.describe(JUNE, Instant.parse("2026-06-29T16:59:59Z")));
    }

    @Test
    void endedFromMidnightAfterTheLastDay() {
        Instant after = Instant.parse("2026-06-30T17:00:00Z"); // 00:00 on 01/07 in Hà Nội, 30/06 in UTC
        assertEquals(CampaignPhase.ENDED, CampaignPeriod.phase(JUNE, after));
        assertEquals("Đã kết thúc", CampaignPeriod.describe(JUNE, after));
    }

    @Test
    void aOneDayCampaignRunsForThatDayOnly() {
        Campaign oneDay = campaign("2026-06-01", "2026-06-01");
        assertEquals(CampaignPhase.UPCOMING, CampaignPeriod.phase(oneDay, Instant.parse("2026-05-31T16:59:59Z")));
        assertEquals(CampaignPhase.RUNNING, CampaignPeriod.phase(oneDay, Instant.parse("2026-05-31T17:00:00Z")));
        assertEquals(CampaignPhase.ENDED, CampaignPeriod.phase(oneDay, Instant.parse("2026-06-01T17:00:00Z")));
    }

    static Campaign campaign(String startsOn, String endsOn) {
        Campaign c = new Campaign();
        c.setStartsOn(startsOn);
        c.setEndsOn(endsOn);
        return c;
    }
}
