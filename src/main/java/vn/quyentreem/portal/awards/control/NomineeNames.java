package vn.quyentreem.portal.awards.control;

import vn.quyentreem.portal.awards.entity.Nomination;

/**
 * How a nominee is named in public. An adult or a collective by their name; a child by their given name and the
 * initial of the family name ("Minh Anh N."), unless the guardian allowed the full name.
 */
public final class NomineeNames {

    private NomineeNames() {
    }

    public static String publicName(Nomination n, boolean child) {
        if (!child || n.isShowFullName() || n.getNomineeGivenName() == null) {
            return n.getNomineeName();
        }
        String family = n.getNomineeName().substring(0, n.getNomineeName().length() - n.getNomineeGivenName().length()).strip();
        return n.getNomineeGivenName() + (family.isEmpty() ? "" : " " + family.codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".");
    }
}
