package vn.quyentreem.portal.club.control;

import vn.quyentreem.portal.club.entity.ClubMember;

import java.time.LocalDate;

/**
 * The club's membership rules, on days in Vietnam: a year at a time, a reminder 30 days before the end,
 * the journalist role withdrawn the day after the last day, renewal from the reminder on.
 */
public final class MembershipTerms {

    public static final int REMIND_DAYS = 30;

    /** What the daily round has to do about one member. */
    public enum Due {
        NOTHING, REMIND, LAPSE
    }

    private MembershipTerms() {
    }

    /** The last day of a first year: joined 22/11/2026, a member up to and including 21/11/2027. */
    public static LocalDate firstYearEnds(LocalDate joined) {
        return joined.minusDays(1).plusYears(1);
    }

    /** Renewing before the end adds a year to it; after a lapse, a new year starts today. */
    public static LocalDate renewedUntil(LocalDate validUntil, LocalDate today) {
        return today.isAfter(validUntil) ? firstYearEnds(today) : validUntil.plusYears(1);
    }

    public static LocalDate renewableFrom(LocalDate validUntil) {
        return validUntil.minusDays(REMIND_DAYS);
    }

    public static boolean renewable(ClubMember member, LocalDate today) {
        return member.isLapsed() || !today.isBefore(renewableFrom(LocalDate.parse(member.getValidUntil())));
    }

    public static Due due(ClubMember member, LocalDate today) {
        if (member.isLapsed()) {
            return Due.NOTHING;
        }
        LocalDate until = LocalDate.parse(member.getValidUntil());
        if (today.isAfter(until)) {
            return Due.LAPSE;
        }
        if (!today.isBefore(renewableFrom(until)) && !member.getValidUntil().equals(member.getRemindedFor())) {
            return Due.REMIND;
        }
        return Due.NOTHING;
    }
}
