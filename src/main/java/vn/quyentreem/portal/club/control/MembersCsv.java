package vn.quyentreem.portal.club.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubProfile;
import vn.quyentreem.portal.platform.VietnamesePhones;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The full member list for admins, as CSV a spreadsheet opens correctly: UTF-8 with a byte-order mark (Excel
 * reads Vietnamese right only with it), CRLF lines, quoted fields, and cells that a spreadsheet would take for a
 * formula made inert.
 */
public final class MembersCsv {

    static final String[] HEADER = {"Họ tên", "Cơ quan", "Chức danh", "Số thẻ nhà báo", "Lĩnh vực", "Tỉnh/thành",
            "E-mail", "Điện thoại", "Ngày gia nhập", "Hiệu lực đến", "Trạng thái", "Tài khoản", "Công khai"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MembersCsv() {
    }

    public static void write(List<ClubMember> members, LocalDate today, Writer out) throws IOException {
        out.write('\uFEFF');
        // not closed here: the caller owns the writer (a servlet response, a test's buffer)
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(HEADER).get());
        {
            for (ClubMember m : members) {
                ClubProfile p = m.getProfile();
                csv.printRecord(cell(p.getFullName()), cell(p.getOutlet()), cell(p.getPosition()), cell(p.getPressCard()),
                        cell(String.join(", ", p.getTopics())), cell(p.getProvince()), cell(p.getEmail()),
                        cell(VietnamesePhones.display(p.getPhone())), DAY.format(LocalDate.parse(m.getJoinedOn())),
                        DAY.format(LocalDate.parse(m.getValidUntil())), m.isActiveOn(today) ? "Còn hiệu lực" : "Hết hạn",
                        m.getUsername(), String.join(" ", p.getPublicFields()));
            }
        }
        csv.flush();
    }

    /** A leading =, +, - or @ makes a spreadsheet evaluate the cell; an apostrophe keeps it text. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
