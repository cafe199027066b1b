package vn.quyentreem.portal.contests.control;

import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntry;

/**
 * Who may see an entry, in one place: every page, API answer, file download and the search index ask here. The
 * consent gate is the first condition of each rule: a held entry is nobody's to see but its entrant's and the
 * editors'.
 */
public final class ContestVisibility {

    private ContestVisibility() {
    }

    /** Judges score entries whose consent is clear, that an editor found eligible, and that reached the round. */
    public static boolean judgeable(ContestEntry entry, int round) {
        return entry.isActive() && entry.isConsentClear() && Boolean.TRUE.equals(entry.getEligible()) && entry.getRound() >= round;
    }

    /**
     * The public sees the shortlist of a published contest as soon as editors make it: the gallery, the entry
     * pages and search all follow this one rule, so none of them can show what another hides.
     */
    public static boolean inGallery(ContestEntry entry, Contest contest) {
        return contest.isPublished() && judgeable(entry, 1) && entry.isShortlisted();
    }
}
