package vn.quyentreem.portal.contests.control;

import vn.quyentreem.portal.contests.entity.ContestEntry;

/**
 * How an entrant appears in public: given name, the initial of the family name and the province ("Minh Anh N.,
 * Nghệ An"), unless the guardian (or an entrant of 17 and over) allowed the full name or the school.
 */
public final class PublicName {

    private PublicName() {
    }

    public static String author(ContestEntry entry) {
        if (entry.isShowFullName()) {
            return entry.getFamilyName() + " " + entry.getGivenName();
        }
        String family = entry.getFamilyName() == null ? "" : entry.getFamilyName().strip();
        return entry.getGivenName() + (family.isEmpty() ? "" : " " + family.codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".");
    }

    /** The line under a work: author, then the school when allowed, then the province. */
    public static String byline(ContestEntry entry) {
        String school = entry.isShowSchool() && entry.getSchool() != null ? ", " + entry.getSchool() : "";
        return author(entry) + school + " (" + entry.getProvince() + ")";
    }
}
