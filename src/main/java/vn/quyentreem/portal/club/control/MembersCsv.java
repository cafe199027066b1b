package vn.quyentreem.portal.club.control;

import org.apache.commons.csv.CSVPrinter;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubProfile;
import vn.quyentreem.portal.platform.CsvFiles;
import vn.quyentreem.portal.platform.VietnamesePhones;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The full member list for admins, as CSV a spreadsheet opens correctly (see {@link CsvFiles}). */
public final class MembersCsv {

    static final String[] HEADER = {"Họ tên", "Cơ quan", "Chức danh", "Số thẻ nhà báo", "Lĩnh vực", "Tỉnh/thành",
            "E-mail", "Điện thoại", "Ngày gia nhập", "Hiệu lực đến", "Trạng thái", "Tài khoản", "Công khai"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MembersCsv() {
    }

    public static void write(List<ClubMember> members, LocalDate today, Writer out) throws IOException {
        CSVPrinter csv = CsvFiles.open(out, HEADER);
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

    static String cell(String value) {
        return CsvFiles.cell(value);
    }
}
