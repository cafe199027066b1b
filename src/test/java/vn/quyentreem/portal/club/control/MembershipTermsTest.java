package vn.quyentreem.portal.club.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.club.entity.ClubMember;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.quyentreem.portal.club.control.MembershipTerms.Due.LAPSE;
import static vn.quyentreem.portal.club.control.MembershipTerms.Due.NOTHING;
import static vn.quyentreem.portal.club.control.MembershipTerms.Due.REMIND;

class MembershipTermsTest {

    private static final LocalDate JOINED = LocalDate.of(2026, 11, 22);

    static ClubMember member(LocalDate validUntil) {
        ClubMember m = new ClubMember();
        m.setValidUntil(validUntil.toString());
        return m;
    }

    @Test
    void aMembershipRunsOneYearUpToTheDayBefore() {
        LocalDate until = MembershipTerms.firstYearEnds(JOINED);
        assertEquals(LocalDate.of(2027, 11, 21), until);
        ClubMember m = member(until);
        assertTrue(m.isActiveOn(until), "the last day is covered");
        assertFalse(m.isActiveOn(until.plusDays(1)), "the day after is not");
        assertEquals(LocalDate.of(2025, 2, 28), MembershipTerms.firstYearEnds(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void theReminderIsDueThirtyDaysBeforeTheEndAndOnlyOnce() {
        LocalDate until = LocalDate.of(2027, 11, 21);
        ClubMember m = member(until);
        assertEquals(NOTHING, MembershipTerms.due(m, until.minusDays(31)));
        assertEquals(REMIND, MembershipTerms.due(m, until.minusDays(30)));
        m.setRemindedFor(m.getValidUntil());
        assertEquals(NOTHING, MembershipTerms.due(m, until.minusDays(29)));
        assertEquals(NOTHING, MembershipTerms.due(m, until), "still a member on the last day");
        ClubMember late = member(until);
        assertEquals(REMIND, MembershipTerms.due(late, until), "a reminder missed while down still goes out");
    }

    @Test
    void theMembershipLapsesTheDayAfterItsLastDayOnce() {
        LocalDate until = LocalDate.of(2027, 11, 21);
        ClubMember m = member(until);
        m.setRemindedFor(m.getValidUntil());
        assertEquals(LAPSE, MembershipTerms.due(m, until.plusDays(1)));
        assertEquals(LAPSE, MembershipTerms.due(member(until), until.plusDays(40)), "lapses even if never reminded");
        m.setLapsed(true);
        assertEquals(NOTHING, MembershipTerms.due(m, until.plusDays(2)));
        assertFalse(m.isActiveOn(until), "a lapsed member is not active whatever the date");
    }

    @Test
    void renewingEarlyAddsAYearToTheEnd() {
        LocalDate until = LocalDate.of(2027, 11, 21);
        assertEquals(LocalDate.of(2028, 11, 21), MembershipTerms.renewedUntil(until, until.minusDays(10)));
        assertEquals(LocalDate.of(2028, 11, 21), MembershipTerms.renewedUntil(until, until), "on the last day");
    }

    @Test
    void renewingAfterALapseStartsAFreshYear() {
        LocalDate until = LocalDate.of(2027, 11, 21);
        LocalDate today = LocalDate.of(2028, 1, 15);
        assertEquals(LocalDate.of(2029, 1, 14), MembershipTerms.renewedUntil(until, today));
        assertEquals(LocalDate.of(2028, 11, 21), MembershipTerms.renewedUntil(until, until.plusDays(1)),
                "the day after the end starts a year from that day");
    }

    @Test
    void renewalOpensWithTheReminder() {
        LocalDate until = LocalDate.of(2027, 11, 21);
        ClubMember m = member(until);
        assertFalse(MembershipTerms.renewable(m, until.minusDays(31)));
        assertTrue(MembershipTerms.renewable(m, until.minusDays(30)));
        assertTrue(MembershipTerms.renewable(m, until.plusDays(5)));
        ClubMember lapsed = member(until);
        lapsed.setLapsed(true);
        assertTrue(MembershipTerms.renewable(lapsed, until.minusDays(100)));
    }
}
