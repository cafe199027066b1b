package vn.quyentreem.portal.campaigns.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.ActivityStatus;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ActivityPlanTest {

    private static final String HINT =
            " Hãy ghi như «Tháng 3», «Tháng 3-6», «Quý 2», «Cả năm» hoặc «15/05/2026 - 30/06/2026».";

    /** Lines 52-61 of the 2025 communication plan, as pasted from Word: blank lines and two continuation rows. */
    private static final String SEED = String.join("\n",
            "STT\tNỘI DUNG\tTHỜI GIAN\tTHỰC HIỆN\tPHỐI HỢP\tKINH PHÍ",
            "1\tTổ chức chương trình Tết ấm cho em – Hội chợ Tết 0 đồng\tTháng 1\tLê Tuyết Mai\t"
                    + "Lê Hùng, Thu Trang, Nguyễn Chiêm\tVận động doanh nghiệp, NTT",
            "2\tGiải Cống hiến vì trẻ em Việt Nam; Gương mặt trẻ em tiêu biểu của năm\tQuý 1+2+3\t"
                    + "Cao Thị Thanh Thủy, Lê Tuyết Mai\tVăn phòng\tVận động",
            "",
            "\t\t\tTạp chí Trẻ em\t\t",
            "3\tTổ chức cuộc thi “Sáng kiến trẻ em” và lựa chọn trẻ em tham dự Gặp gỡ trẻ em châu Á (theo kế hoạch "
                    + "của Liên minh QTE châu Á)\tQuý 1+2+3\tCao Thị Thanh Thủy\tThu Hà, Tạp chí trẻ em, cơ sở Hội "
                    + "thành viên và các đơn vị, trung tâm trực thuộc\tHành chính",
            "",
            "\t\t\t\tđịa phương\t");

    @Test
    void readsTheSeedTableWithItsContinuationRows() {
        ActivityPlan.Parsed parsed = ActivityPlan.parse(SEED, 2025);
        assertEquals(List.of(), parsed.problems());
        assertEquals(3, parsed.rows().size());
        assertRow(parsed.rows().get(0), "Tổ chức chương trình Tết ấm cho em – Hội chợ Tết 0 đồng", "Tháng 1",
                "2025-01-01", "2025-01-31", "Lê Tuyết Mai", "Lê Hùng, Thu Trang, Nguyễn Chiêm",
                "Vận động doanh nghiệp, NTT", ActivityStatus.PLANNED);
        assertRow(parsed.rows().get(1), "Giải Cống hiến vì trẻ em Việt Nam; Gương mặt trẻ em tiêu biểu của năm",
                "Quý 1+2+3", "2025-01-01", "2025-09-30", "Cao Thị Thanh Thủy, Lê Tuyết Mai, Tạp chí Trẻ em",
                "Văn phòng", "Vận động", ActivityStatus.PLANNED);
        assertRow(parsed.rows().get(2), "Tổ chức cuộc thi “Sáng kiến trẻ em” và lựa chọn trẻ em tham dự Gặp gỡ trẻ em "
                        + "châu Á (theo kế hoạch của Liên minh QTE châu Á)", "Quý 1+2+3", "2025-01-01", "2025-09-30",
                "Cao Thị Thanh Thủy", "Thu Hà, Tạp chí trẻ em, cơ sở Hội thành viên và các đơn vị, trung tâm trực "
                        + "thuộc, địa phương", "Hành chính", ActivityStatus.PLANNED);
    }

    @Test
    void withoutAHeaderANumberedFirstRowMeansAnSttColumn() {
        ActivityPlan.Parsed parsed = ActivityPlan.parse(
                "1.\tHọp   tổng kết\t Quý  2 \tThu Hà\t\t\tĐang thực hiện\r\n2\tViết\tTháng 5\r\n\tbáo cáo năm\r\n", 2026);
        assertEquals(List.of(), parsed.problems());
        assertEquals(2, parsed.rows().size());
        assertRow(parsed.rows().get(0), "Họp tổng kết", "Quý 2", "2026-04-01", "2026-06-30", "Thu Hà", null, null,
                ActivityStatus.IN_PROGRESS);
        assertRow(parsed.rows().get(1), "Viết báo cáo năm", "Tháng 5", "2026-05-01", "2026-05-31", null, null, null,
                ActivityStatus.PLANNED);
    }

    @Test
    void withoutAHeaderOrNumbersTheActivityComesFirst() {
        ActivityPlan.Parsed parsed = ActivityPlan.parse(String.join("\n",
                "Họp Hội\tCả năm\tThu Hà,\tCTV\tHành chính\tXong",
                "\t\tLê Hùng\t, Văn phòng",
                "\t\t\t\tVận động",
                "Tập huấn\tT5\tLê Hùng",
                "Công việc văn phòng\tQuý 1\tThu Hà\tPhối hợp các ban"), 2026);
        assertEquals(List.of(), parsed.problems());
        assertEquals(3, parsed.rows().size());
        assertRow(parsed.rows().get(0), "Họp Hội", "Cả năm", "2026-01-01", "2026-12-31", "Thu Hà, Lê Hùng",
                "CTV, Văn phòng", "Hành chính, Vận động", ActivityStatus.DONE);
        assertRow(parsed.rows().get(1), "Tập huấn", "T5", "2026-05-01", "2026-05-31", "Lê Hùng", null, null,
                ActivityStatus.PLANNED);
        assertRow(parsed.rows().get(2), "Công việc văn phòng", "Quý 1", "2026-01-01", "2026-03-31", "Thu Hà",
                "Phối hợp các ban", null, ActivityStatus.PLANNED);
    }

    @Test
    void aHeaderMapsColumnsInAnyOrderAndIgnoresUnknownOnes() {
        ActivityPlan.Parsed parsed = ActivityPlan.parse(String.join("\n",
                "Thời gian thực hiện\tGhi chú\tHoạt động\tTình trạng\tĐơn vị chủ trì\tNguồn kinh phí (triệu đồng)",
                "Quý II\tgấp\tTập huấn tình nguyện viên\tXong\tLê Hùng\t20",
                "\t\t\t\tThu Hà"), 2026);
        assertEquals(List.of(), parsed.problems());
        assertEquals(1, parsed.rows().size());
        assertRow(parsed.rows().get(0), "Tập huấn tình nguyện viên", "Quý II", "2026-04-01", "2026-06-30",
                "Lê Hùng, Thu Hà", null, "20", ActivityStatus.DONE);
    }

    @Test
    void decomposedTextIsReadAsComposed() {
        String nfd = Normalizer.normalize(
                "Số TT\tCÔNG VIỆC\tThời gian\tNgười phụ trách\tTrạng thái\n1\tGiám sát quyền trẻ em\tQuý 1\tLê Hùng\tĐã hoàn thành",
                Normalizer.Form.NFD);
        ActivityPlan.Parsed parsed = ActivityPlan.parse(nfd, 2026);
        assertEquals(List.of(), parsed.problems());
        assertRow(parsed.rows().get(0), "Giám sát quyền trẻ em", "Quý 1", "2026-01-01", "2026-03-31", "Lê Hùng", null,
                null, ActivityStatus.DONE);
        assertEquals("Quý 1", ActivityPlan.period(Normalizer.normalize("Quý 1", Normalizer.Form.NFD), 2026).label());
    }

    @Test
    void readsEveryWayOfWritingATime() {
        assertPeriod("Cả năm", 2026, "2026-01-01", "2026-12-31");
        assertPeriod("QUANH NĂM", 2026, "2026-01-01", "2026-12-31");
        assertPeriod("Thường xuyên", 2026, "2026-01-01", "2026-12-31");
        assertPeriod("Tháng 5", 2026, "2026-05-01", "2026-05-31");
        assertPeriod("Tháng 3-6", 2026, "2026-03-01", "2026-06-30");
        assertPeriod("tháng 3 – 6", 2026, "2026-03-01", "2026-06-30");
        assertPeriod("Tháng 3 đến tháng 6", 2026, "2026-03-01", "2026-06-30");
        assertPeriod("Tháng 9+10", 2026, "2026-09-01", "2026-10-31");
        assertPeriod("Tháng 5, 6", 2026, "2026-05-01", "2026-06-30");
        assertPeriod("T5", 2026, "2026-05-01", "2026-05-31");
        assertPeriod("Tháng 2", 2028, "2028-02-01", "2028-02-29");
        assertPeriod("Tháng 2", 2026, "2026-02-01", "2026-02-28");
        assertPeriod("Quý 2", 2026, "2026-04-01", "2026-06-30");
        assertPeriod("Quý 1+2+3", 2026, "2026-01-01", "2026-09-30");
        assertPeriod("Quý II", 2026, "2026-04-01", "2026-06-30");
        assertPeriod("quy iv", 2026, "2026-10-01", "2026-12-31");
        assertPeriod("Quý 2-3", 2026, "2026-04-01", "2026-09-30");
        assertPeriod("Quý I — Quý III", 2026, "2026-01-01", "2026-09-30");
        assertPeriod("01/06/2026", 2025, "2026-06-01", "2026-06-01");
        assertPeriod("1/6", 2027, "2027-06-01", "2027-06-01");
        assertPeriod("15/5 - 30/6/2026", 2025, "2026-05-15", "2026-06-30");
        assertPeriod("01/06/2026 – 30/06/2026", 2026, "2026-06-01", "2026-06-30");
        assertPeriod("15/5/2026 đến 30/6/2026", 2026, "2026-05-15", "2026-06-30");
        assertPeriod("15/5—30/6", 2027, "2027-05-15", "2027-06-30");
        assertPeriod("6 tháng đầu năm", 2026, "2026-01-01", "2026-06-30");
        assertPeriod("6 tháng cuối năm", 2026, "2026-07-01", "2026-12-31");
        assertEquals("Quý 1+2", ActivityPlan.period("  Quý \u00A0 1+2 ", 2026).label());
    }

    @Test
    void timesThatCannotBeReadGiveNull() {
        for (String time : new String[] {"Tháng 13", "Tháng 0", "Quý 5", "Quý V", "31/2/2026", "30/6 - 15/5",
                "Tháng 6-3", "Quý 3-1", "abc", "Tháng", "", "  "}) {
            assertNull(ActivityPlan.period(time, 2026), time);
        }
        assertNull(ActivityPlan.period(null, 2026));
    }

    @Test
    void goodRowsAreKeptAndEachBadRowIsReportedWithItsLine() {
        ActivityPlan.Parsed parsed = ActivityPlan.parse(String.join("\n",
                "STT\tNỘI DUNG\tTHỜI GIAN",
                "1\tHọp\tQuý 1",
                "2\tViết\tabc",
                "3\tIn tờ rơi",
                "4\t\tTháng 2",
                "5\tPhát tờ rơi\t31/2",
                "6\tTổng kết\tTháng 12"), 2026);
        assertEquals(List.of("Họp", "Tổng kết"), parsed.rows().stream().map(Activity::getActivity).toList());
        assertEquals(List.of(
                new ActivityPlan.Problem(3, "Dòng 3: chưa hiểu thời gian «abc»." + HINT),
                new ActivityPlan.Problem(4, "Dòng 4: hoạt động «In tờ rơi» chưa ghi thời gian." + HINT),
                new ActivityPlan.Problem(5, "Dòng 5: chưa có nội dung hoạt động trong «4 | Tháng 2»."),
                new ActivityPlan.Problem(6, "Dòng 6: chưa hiểu thời gian «31/2»." + HINT)), parsed.problems());
    }

    @Test
    void anUnknownStatusNamesTheAcceptedOnes() {
        ActivityPlan.Parsed parsed = ActivityPlan.parse(
                "TT\tHoạt động\tThời gian\tTrạng thái\n1\tHọp\tQuý 1\tSắp làm\n2\tViết\tQuý 2\tdang trien khai", 2026);
        assertEquals(List.of(new ActivityPlan.Problem(2, "Dòng 2: chưa hiểu trạng thái «Sắp làm». Hãy ghi một trong: "
                + "«Kế hoạch», «Đang thực hiện», «Đã hoàn thành», «Tạm hoãn».")), parsed.problems());
        assertEquals(1, parsed.rows().size());
        assertEquals("IN_PROGRESS", parsed.rows().get(0).getStatus());
    }

    @Test
    void aRowWithMoreCellsThanColumnsIsRefusedWithItsContinuation() {
        ActivityPlan.Parsed parsed = ActivityPlan.parse(String.join("\n",
                "STT\tNỘI DUNG\tTHỜI GIAN\tTHỰC HIỆN\tPHỐI HỢP\tKINH PHÍ",
                "1\tHọp\tQuý 1\tThu Hà\t\t\t\t",
                "2\tViết\tQuý 2",
                "3\tIn\tQuý 3",
                "",
                "",
                "4\tPhát\tTháng 3\tThu Hà\tCTV\tHành chính\tx\tdư\tthừa",
                "\t\t\tLê Hùng",
                "5\tTổng kết\tTháng 12"), 2026);
        assertEquals(List.of(new ActivityPlan.Problem(7,
                "Dòng 7: có 9 cột, bảng chỉ có 6 cột — có thể một ô chứa dấu Tab.")), parsed.problems());
        assertEquals(List.of("Họp", "Viết", "In", "Tổng kết"),
                parsed.rows().stream().map(Activity::getActivity).toList());
        assertNull(parsed.rows().get(3).getLead());
    }

    @Test
    void aContinuationRowBeforeAnyRowIsAProblem() {
        ActivityPlan.Parsed withHeader = ActivityPlan.parse(
                "STT\tNỘI DUNG\tTHỜI GIAN\tTHỰC HIỆN\n\t\t\tTạp chí Trẻ em\n1\tHọp\tQuý 1", 2026);
        assertEquals(List.of(new ActivityPlan.Problem(2, "Dòng 2: «Tạp chí Trẻ em» trông như phần viết tiếp của dòng "
                + "trên, nhưng phía trên chưa có hoạt động nào.")), withHeader.problems());
        assertEquals(1, withHeader.rows().size());

        ActivityPlan.Parsed withoutHeader = ActivityPlan.parse("\t\t\tTạp chí Trẻ em\n1\tHọp\tQuý 1\tThu Hà", 2026);
        assertEquals(List.of(1), withoutHeader.problems().stream().map(ActivityPlan.Problem::line).toList());
        assertRow(withoutHeader.rows().get(0), "Họp", "Quý 1", "2026-01-01", "2026-03-31", "Thu Hà", null, null,
                ActivityStatus.PLANNED);
    }

    @Test
    void aHeaderWithoutAnActivityOrATimeColumnReadsNothing() {
        ActivityPlan.Parsed parsed = ActivityPlan.parse("STT\tNỘI DUNG\tTHỰC HIỆN\n1\tHọp\tThu Hà", 2026);
        assertEquals(List.of(), parsed.rows());
        assertEquals(List.of(new ActivityPlan.Problem(1,
                "Dòng 1: dòng tiêu đề «STT | NỘI DUNG | THỰC HIỆN» thiếu cột NỘI DUNG hoặc THỜI GIAN.")), parsed.problems());
    }

    @Test
    void anEmptyPasteSaysSo() {
        List<ActivityPlan.Problem> nothing = List.of(new ActivityPlan.Problem(0, "Chưa có dòng nào để đọc."));
        assertEquals(new ActivityPlan.Parsed(List.of(), nothing), ActivityPlan.parse("", 2026));
        assertEquals(new ActivityPlan.Parsed(List.of(), nothing), ActivityPlan.parse(" \r\n\t\t\n\n", 2026));
        assertEquals(new ActivityPlan.Parsed(List.of(), nothing), ActivityPlan.parse(null, 2026));
    }

    @Test
    void statusLabelsWithOrWithoutDiacritics() {
        assertEquals(ActivityStatus.PLANNED, ActivityPlan.status(null));
        assertEquals(ActivityStatus.PLANNED, ActivityPlan.status("  "));
        assertEquals(ActivityStatus.PLANNED, ActivityPlan.status("Kế hoạch"));
        assertEquals(ActivityStatus.PLANNED, ActivityPlan.status("chua thuc hien"));
        assertEquals(ActivityStatus.PLANNED, ActivityPlan.status("Dự kiến"));
        assertEquals(ActivityStatus.PLANNED, ActivityPlan.status("PLANNED"));
        assertEquals(ActivityStatus.IN_PROGRESS, ActivityPlan.status("ĐANG THỰC HIỆN"));
        assertEquals(ActivityStatus.IN_PROGRESS, ActivityPlan.status("dang trien khai"));
        assertEquals(ActivityStatus.IN_PROGRESS, ActivityPlan.status("in_progress"));
        assertEquals(ActivityStatus.DONE, ActivityPlan.status("Đã hoàn thành"));
        assertEquals(ActivityStatus.DONE, ActivityPlan.status("hoan thanh"));
        assertEquals(ActivityStatus.DONE, ActivityPlan.status("Đã thực hiện"));
        assertEquals(ActivityStatus.DONE, ActivityPlan.status("Xong"));
        assertEquals(ActivityStatus.DONE, ActivityPlan.status("DONE"));
        assertEquals(ActivityStatus.POSTPONED, ActivityPlan.status("Tạm hoãn"));
        assertEquals(ActivityStatus.POSTPONED, ActivityPlan.status("hoan"));
        assertEquals(ActivityStatus.POSTPONED, ActivityPlan.status("Dừng"));
        assertEquals(ActivityStatus.POSTPONED, ActivityPlan.status(Normalizer.normalize("Tạm hoãn", Normalizer.Form.NFD)));
        assertNull(ActivityPlan.status("Sắp làm"));
    }

    private static void assertPeriod(String time, int year, String startsOn, String endsOn) {
        ActivityPlan.Period period = ActivityPlan.period(time, year);
        assertEquals(new ActivityPlan.Period(LocalDate.parse(startsOn), LocalDate.parse(endsOn), time.strip()), period, time);
    }

    private static void assertRow(Activity row, String activity, String time, String startsOn, String endsOn, String lead,
                                  String partners, String funding, ActivityStatus status) {
        assertEquals(List.of(activity, time, startsOn, endsOn, status.name()),
                List.of(row.getActivity(), row.getTime(), row.getStartsOn(), row.getEndsOn(), row.getStatus()));
        assertEquals(lead, row.getLead(), "lead");
        assertEquals(partners, row.getPartners(), "partners");
        assertEquals(funding, row.getFunding(), "funding");
    }
}
