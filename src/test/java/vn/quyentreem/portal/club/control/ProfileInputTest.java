package vn.quyentreem.portal.club.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.club.entity.ClubProfile;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileInputTest {

    static ProfileInput good() {
        return new ProfileInput(" Nguyễn Thị Mai ", "Báo Tiền Phong", "Phóng viên", "hn-01234", "giáo dục, phòng chống xâm hại, giáo dục",
                "Hà Nội", "Mai.Nguyen@Example.org", "+84 912 345 678", "Mười năm viết về trẻ em.", List.of("name", "outlet", "province"));
    }

    @Test
    void aGoodProfileIsTidied() {
        ProfileInput.Checked checked = good().check();
        assertTrue(checked.ok(), checked.problems().toString());
        ClubProfile p = checked.profile();
        assertEquals("Nguyễn Thị Mai", p.getFullName());
        assertEquals("mai.nguyen@example.org", p.getEmail());
        assertEquals("0912345678", p.getPhone());
        assertEquals("HN01234", p.getPressCardKey());
        assertEquals("hn-01234", p.getPressCard());
        assertEquals(List.of("giáo dục", "phòng chống xâm hại"), p.getTopics());
        assertEquals(List.of("name", "outlet", "province"), p.getPublicFields());
    }

    @Test
    void decomposedVietnameseIsStoredComposed() {
        String nfd = java.text.Normalizer.normalize("Trần Văn Đức", java.text.Normalizer.Form.NFD);
        ProfileInput in = new ProfileInput(nfd, "Báo Nhân Dân", null, "12345", null, "Huế", "duc@example.org", null, null, List.of());
        assertEquals("Trần Văn Đức", in.check().profile().getFullName());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        ProfileInput.Checked checked = new ProfileInput("", null, null, "!", null, "Bắc Giang", "mai@", "0123 456",
                "x".repeat(1001), List.of("name", "cccd")).check();
        assertFalse(checked.ok());
        assertNull(checked.profile());
        String all = Problem.sentence(checked.problems());
        for (String expected : List.of("họ và tên", "cơ quan báo chí", "Số thẻ nhà báo chỉ gồm", "Bắc Giang",
                "\"mai@\" không hợp lệ", "\"0123 456\" không phải số Việt Nam", "Giới thiệu ngắn dài quá", "cccd")) {
            assertTrue(all.contains(expected), "missing \"" + expected + "\" in:\n" + all);
        }
    }

    @Test
    void badEmailsAreRefused() {
        for (String email : List.of("mai", "mai@example", "mai@@example.org", "mai example@x.org", "@example.org")) {
            ProfileInput in = new ProfileInput("Mai", "Báo", null, "12345", null, "Hà Nội", email, null, null, List.of());
            assertFalse(in.check().ok(), email);
        }
    }

    @Test
    void tooManyTopicsAreRefused() {
        ProfileInput in = new ProfileInput("Mai", "Báo", null, "12345", "a,b,c,d,e,f,g,h,i", "Hà Nội", "m@example.org", null, null, null);
        assertTrue(in.check().problems().get(0).message().startsWith("Lĩnh vực quan tâm"));
        assertEquals("topics", in.check().problems().get(0).field(), "the page marks the topics input");
    }

    @Test
    void pressCardsAreComparedWithoutSeparatorsOrCase() {
        assertEquals(ProfileInput.pressCardKey("HN-01234"), ProfileInput.pressCardKey("hn 01234"));
        assertEquals("012345BTTTT", ProfileInput.pressCardKey("012345/BTTTT"));
    }
}
