package vn.quyentreem.portal.club.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubProfile;
import vn.quyentreem.portal.club.entity.DirectoryField;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryEntryTest {

    static ClubMember member(List<String> consented) {
        ClubProfile p = ProfileInputTest.good().check().profile();
        p.setBio("Tiểu sử");
        p.setPhoto("/media/chan-dung-abc.jpg");
        p.setPublicFields(consented);
        ClubMember m = new ClubMember();
        m.setSlug("nguyen-thi-mai");
        m.setProfile(p);
        return m;
    }

    @Test
    void withoutConsentToTheNameThereIsNoEntry() {
        assertTrue(DirectoryEntry.of(member(List.of("outlet", "email", "phone"))).isEmpty());
    }

    @Test
    void onlyConsentedFieldsAreFilled() {
        DirectoryEntry e = DirectoryEntry.of(member(List.of("name", "province"))).orElseThrow();
        assertEquals("Nguyễn Thị Mai", e.fullName());
        assertEquals("Hà Nội", e.province());
        assertEquals("/hoi-vien/nguyen-thi-mai", e.url());
        assertNull(e.email());
        assertNull(e.phone());
        assertNull(e.outlet());
        assertNull(e.position());
        assertNull(e.pressCard());
        assertNull(e.topics());
        assertNull(e.bio());
        assertNull(e.photo());
    }

    @Test
    void everyFieldCanBeShown() {
        List<String> all = Arrays.stream(DirectoryField.values()).map(DirectoryField::code).toList();
        DirectoryEntry e = DirectoryEntry.of(member(all)).orElseThrow();
        assertEquals("0912 345 678", e.phone());
        assertEquals("mai.nguyen@example.org", e.email());
        assertNotNull(e.photo());
        assertNotNull(e.bio());
        assertNotNull(e.pressCard());
        assertEquals("giáo dục, phòng chống xâm hại", e.getTopicsText());
    }

    @Test
    void peopleAreListedByGivenNameTheVietnameseWay() {
        List<String> names = new java.util.ArrayList<>(List.of("Trần Văn Đức", "Nguyễn Thu Trang", "Lê Văn Dũng", "Hà Minh Anh",
                "Phạm Thị Ánh"));
        names.sort(MemberDirectory.VIETNAMESE_NAMES);
        assertEquals(List.of("Hà Minh Anh", "Phạm Thị Ánh", "Lê Văn Dũng", "Trần Văn Đức", "Nguyễn Thu Trang"), names);
    }
}
