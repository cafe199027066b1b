package vn.quyentreem.portal.consent.entity;

/**
 * A guardian consented, declined or withdrew, and what they allowed the public to see beyond the given name and
 * initial. The feature that asked (contests, awards) observes this and shows or hides the child's data; withdrawal
 * must take it out of every page and of search.
 */
public record ConsentDecided(String subjectType, String subjectId, ConsentStatus status, boolean showFullName,
                             boolean showSchool) {
}
