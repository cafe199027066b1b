package vn.quyentreem.portal.club.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.club.entity.ClubMember;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembersCsvTest {

    @Test
    void theListOpensInASpreadsheetWithVietnameseIntact() throws Exception {
        ClubMember mai = DirectoryEntryTest.member(List.of("name"));
        mai.setUsername("mai.nguyen");
        mai.setJoinedOn("2026-11-22");
        mai.setValidUntil("2027-11-21");
        mai.getProfile().setOutlet("Báo \"Tuổi trẻ\", Hà Nội");
        mai.getProfile().setPosition("=HYPERLINK(\"http://x\")");
        StringWriter out = new StringWriter();
        MembersCsv.write(List.of(mai), LocalDate.of(2027, 11, 22), out);
        String csv = out.toString();
        assertEquals('\uFEFF', csv.charAt(0), "a byte-order mark, so Excel reads UTF-8");
        String[] lines = csv.substring(1).split("\r\n", -1);
        assertEquals(3, lines.length, "header, one member, and the final CRLF");
        assertTrue(lines[0].startsWith("Họ tên,Cơ quan,Chức danh,Số thẻ nhà báo"));
        assertTrue(lines[1].startsWith("Nguyễn Thị Mai,\"Báo \"\"Tuổi trẻ\"\", Hà Nội\",\"'=HYPERLINK(\"\"http://x\"\")\","),
                lines[1]);
        assertTrue(lines[1].contains(",0912 345 678,22/11/2026,21/11/2027,Hết hạn,mai.nguyen,name"), lines[1]);
    }

    @Test
    void formulaLikeCellsBecomeText() {
        assertEquals("'+84 912", MembersCsv.cell("+84 912"));
        assertEquals("'@cmd", MembersCsv.cell("@cmd"));
        assertEquals("'-1", MembersCsv.cell("-1"));
        assertEquals("Hà Nội", MembersCsv.cell("Hà Nội"));
        assertEquals("", MembersCsv.cell(null));
    }
}
