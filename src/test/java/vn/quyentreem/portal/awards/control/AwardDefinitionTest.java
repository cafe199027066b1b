package vn.quyentreem.portal.awards.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.Nomination;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AwardDefinitionTest {

    static final String CHILDREN = """
            ---
            name: "Gương mặt trẻ em tiêu biểu"
            summary: "Tôn vinh những em nhỏ sống tử tế."
            selfNomination: true
            forChildren: true
            cycles:
              - year: 2027
                categories:
                  - {code: "6-10", name: "Các em từ 6 đến 10 tuổi", kind: individual, ages: [6, 10]}
                nominationsOpen: "2027-08-01 08:00"
                nominationsClose: "2027-10-15 23:59"
                announce: "2027-11-20 09:00"
                rubric: {scale: 10, criteria: [{name: "Việc tốt", weight: 1}]}
            ---
            Giới thiệu.
            """;

    @Test
    void theSampleProgrammesRead() throws Exception {
        for (String file : new String[] {"giai-cong-hien-vi-tre-em-viet-nam.md", "guong-mat-tre-em-tieu-bieu.md"}) {
            AwardProgramme p = AwardDefinition.read(Files.readString(Path.of("content/awards", file)));
            AwardCycle past = p.cycle(2025).orElseThrow();
            assertTrue(past.isLaureatesDecided(), file);
            assertTrue(past.isAnnouncedAt(Instant.parse("2026-01-01T00:00:00Z")), file);
            assertFalse(past.isAnnouncedAt(past.getAnnounceAt().minusSeconds(1)), "embargoed until the second");
        }
    }

    @Test
    void aChildrensProgrammeNeedsAgeGroupsAndOrderedDates() {
        String broken = CHILDREN.replace(", ages: [6, 10]", "").replace("\"2027-11-20 09:00\"", "\"2027-09-01 09:00\"");
        AwardRefusal e = assertThrows(AwardRefusal.class, () -> AwardDefinition.read(broken));
        assertTrue(e.getMessage().contains("ages của hạng mục 6-10"), e.getMessage());
        assertTrue(e.getMessage().contains("theo thứ tự"), e.getMessage());
    }

    @Test
    void aChildNomineeNeedsAGuardianAndAMatchingAge() {
        AwardProgramme p = AwardDefinition.read(CHILDREN);
        AwardCycle cycle = p.cycle(2027).orElseThrow();
        Instant now = Instant.parse("2027-09-01T03:00:00Z");
        NominationInput ok = new NominationInput("6-10", "Cô Lan", "Cô giáo", false, "Nguyễn Minh Anh", "Minh Anh", "2019",
                "Nghệ An", null, null, "me@example.org", "Em đọc sách cho các bạn khiếm thị suốt hai năm học, mỗi chiều thứ Sáu.");
        assertTrue(ok.check(p, cycle, now).ok(), ok.check(p, cycle, now).problems().toString());
        assertTrue(ok.check(p, cycle, now).needsGuardian());
        NominationInput wrong = new NominationInput("6-10", "Cô Lan", null, false, "Nguyễn Minh Anh", "Anh Minh", "2012",
                "Nghệ An", null, null, null, "ngắn");
        var errors = wrong.check(p, cycle, now).problems().stream().map(vn.quyentreem.portal.platform.Problem::message).toList();
        for (String says : new String[] {"quan hệ", "tên gọi", "6–10 tuổi", "cha, mẹ", "ít nhất 50"}) {
            assertTrue(errors.stream().anyMatch(x -> x.contains(says)), says + " in " + errors);
        }
    }

    @Test
    void aChildIsAnnouncedByGivenNameAndInitial() {
        Nomination n = new Nomination();
        n.setNomineeName("Đặng Thị Minh Anh");
        n.setNomineeGivenName("Minh Anh");
        assertEquals("Minh Anh Đ.", NomineeNames.publicName(n, true));
        assertEquals("Đặng Thị Minh Anh", NomineeNames.publicName(n, false), "adults and groups by their name");
        n.setShowFullName(true);
        assertEquals("Đặng Thị Minh Anh", NomineeNames.publicName(n, true), "unless the guardian allowed it");
    }
}
