package vn.quyentreem.portal.contests.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.contests.entity.Contest;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntryInputTest {

    private final Contest contest = ContestDefinition.read(ContestSamples.definition());
    private final Instant now = Instant.parse("2027-04-01T03:00:00Z");

    private static EntryInput input(String category, String birthYear, String guardian) {
        return new EntryInput(category, "Nguyễn", "Minh Anh", birthYear, "Nghệ An", "Trường Tiểu học Hưng Dũng",
                guardian, true, true, Map.of("title", "Nhà trên cây", "y-tuong", "Một ngôi nhà có vườn rau."));
    }

    @Test
    void aChildNeedsAGuardianAndCannotChooseWhatIsPublic() {
        EntryInput.Checked checked = input("tranh-6-10", "2018", "me.anh@example.org").check(contest, now);
        assertTrue(checked.ok(), checked.problems().toString());
        assertTrue(checked.needsGuardian());
        assertEquals("me.anh@example.org", checked.guardianEmail());
        assertEquals(2, checked.values().size());
        EntryInput.Checked without = input("tranh-6-10", "2018", "").check(contest, now);
        assertFalse(without.ok());
        assertTrue(without.problems().get(0).message().contains("cha, mẹ hoặc người giám hộ"));
        assertEquals("guardianEmail", without.problems().get(0).field(), "the page marks the guardian's address");
    }

    @Test
    void ageIsCheckedAgainstTheContestAndTheCategory() {
        // 2027 − 2019 = 8: fits the contest, not the 11–15 writing category
        assertTrue(input("viet-11-15", "2019", "me@example.org").check(contest, now).problems()
                .contains(new Problem("category", "Hạng mục “Bài viết 11–15 tuổi” dành cho 11–15 tuổi")));
        // 2027 − 2005 = 22: too old for the contest
        assertTrue(input("viet-11-15", "2005", null).check(contest, now).problems().stream()
                .anyMatch(e -> e.field().equals("birthYear") && e.message().contains("từ 6 đến 15 tuổi")));
        assertTrue(input("viet-11-15", "20x5", null).check(contest, now).problems().stream()
                .anyMatch(e -> e.field().equals("birthYear") && e.message().contains("Năm sinh")));
    }

    @Test
    void requiredFieldsAndLengthsAreChecked() {
        EntryInput missing = new EntryInput("tranh-6-10", "Lê", "An", "2018", "Nơi nào đó", null, "bo@example.org",
                false, false, Map.of("y-tuong", "x".repeat(501)));
        var errors = missing.check(contest, now).problems();
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("values.title") && e.message().contains("Tên tác phẩm")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("values.y-tuong") && e.message().contains("dài quá 500")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("province") && e.message().contains("tỉnh, thành phố")), errors.toString());
    }

    @Test
    void anOlderEntrantNeedsNoGuardian() {
        Contest teens = ContestDefinition.read(ContestSamples.definition().replace("ages: [6, 15]", "ages: [6, 18]")
                .replace("ages: [11, 15]", "ages: [11, 18]"));
        EntryInput.Checked checked = input("viet-11-15", "2009", null).check(teens, now);
        assertTrue(checked.ok(), checked.problems().toString());
        assertFalse(checked.needsGuardian(), "2027 − 2009 = 18");
        assertNull(checked.guardianEmail());
    }
}
