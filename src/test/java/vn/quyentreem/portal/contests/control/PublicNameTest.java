package vn.quyentreem.portal.contests.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.contests.entity.ContestEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicNameTest {

    private static ContestEntry entry(boolean fullName, boolean school) {
        ContestEntry e = new ContestEntry();
        e.setFamilyName("Đặng");
        e.setGivenName("Minh Anh");
        e.setProvince("Nghệ An");
        e.setSchool("Trường THCS Lê Lợi");
        e.setShowFullName(fullName);
        e.setShowSchool(school);
        return e;
    }

    @Test
    void byDefaultOnlyTheGivenNameTheInitialAndTheProvince() {
        assertEquals("Minh Anh Đ.", PublicName.author(entry(false, false)));
        assertEquals("Minh Anh Đ. (Nghệ An)", PublicName.byline(entry(false, false)));
    }

    @Test
    void moreOnlyWhenConsented() {
        assertEquals("Đặng Minh Anh, Trường THCS Lê Lợi (Nghệ An)", PublicName.byline(entry(true, true)));
    }
}
