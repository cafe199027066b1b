package vn.quyentreem.portal.contests.control;

import org.apache.commons.csv.CSVPrinter;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Vote;
import vn.quyentreem.portal.judging.control.ScoreAggregation;
import vn.quyentreem.portal.judging.entity.Criterion;
import vn.quyentreem.portal.judging.entity.Scorecard;
import vn.quyentreem.portal.platform.CsvFiles;
import vn.quyentreem.portal.platform.VietnameseDates;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The editors' exports of a contest: its entries, the judges' scores, and the vote ledger. */
public final class ContestsCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VietnameseDates.ZONE);

    private ContestsCsv() {
    }

    public static void entries(Contest contest, List<ContestEntry> entries, Map<String, Long> votes, Writer out) throws IOException {
        CSVPrinter csv = CsvFiles.open(out, "Mã bài", "Hạng mục", "Tên tác phẩm", "Họ", "Tên", "Năm sinh", "Tỉnh/thành",
                "Trường", "E-mail", "E-mail phụ huynh", "Đồng ý của phụ huynh", "Hợp lệ", "Lý do", "Vòng", "Số tệp",
                "Phiếu bình chọn", "Gửi lúc");
        for (ContestEntry e : entries) {
            csv.printRecord(e.getCode(), contest.category(e.getCategory()).map(c -> c.getName()).orElse(e.getCategory()),
                    CsvFiles.cell(e.getTitle()), CsvFiles.cell(e.getFamilyName()), CsvFiles.cell(e.getGivenName()),
                    e.getBirthYear(), e.getProvince(), CsvFiles.cell(e.getSchool()), CsvFiles.cell(e.getEmail()),
                    CsvFiles.cell(e.getGuardianEmail()), consent(e), e.getEligible() == null ? "Chưa xét" : e.getEligible() ? "Có" : "Không",
                    CsvFiles.cell(e.getScreeningReason()), e.getRound(), e.getFiles().size(), votes.getOrDefault(e.getId(), 0L),
                    time(e.getCreatedAt()));
        }
        csv.flush();
    }

    public static void scores(Contest contest, List<Scorecard> cards, Map<String, String> codes, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("Vòng", "Mã bài", "Giám khảo"));
        contest.getRubric().getCriteria().stream().map(Criterion::getName).forEach(header::add);
        header.addAll(List.of("Điểm (0–100)", "Nhận xét", "Lúc"));
        CSVPrinter csv = CsvFiles.open(out, header.toArray(String[]::new));
        for (Scorecard card : cards) {
            List<Object> row = new ArrayList<>(List.of(card.getRound().substring(card.getRound().lastIndexOf(':') + 1),
                    codes.getOrDefault(card.getSubjectId(), card.getSubjectId()), card.getJudge()));
            row.addAll(card.getScores());
            row.add(ScoreAggregation.total(contest.getRubric(), card.getScores()));
            row.add(CsvFiles.cell(card.getComment()));
            row.add(time(card.getUpdatedAt()));
            csv.printRecord(row);
        }
        csv.flush();
    }

    public static void votes(List<Vote> votes, Map<String, String> codes, Writer out) throws IOException {
        CSVPrinter csv = CsvFiles.open(out, "Số thứ tự", "Mã bài", "Người bình chọn (mã hóa)", "Kỳ", "Địa chỉ mạng", "Lúc",
                "Mã băm trước", "Mã băm");
        for (Vote v : votes) {
            csv.printRecord(v.getSequence(), codes.getOrDefault(v.getEntryId(), v.getEntryId()), v.getVoter().substring(0, 16),
                    v.getPeriod(), v.getAddress(), time(v.getCastAt()), v.getPreviousHash(), v.getHash());
        }
        csv.flush();
    }

    private static String consent(ContestEntry e) {
        return switch (e.getConsent() == null ? "" : e.getConsent()) {
            case ContestEntry.CONSENT_NOT_NEEDED -> "Không cần (từ 17 tuổi)";
            case "GIVEN" -> "Đã đồng ý";
            case "DECLINED" -> "Không đồng ý";
            case "PENDING" -> "Đang chờ";
            default -> e.getConsent();
        };
    }

    private static String time(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
