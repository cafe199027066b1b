package vn.quyentreem.portal.campaigns.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.publishing.control.PublishingRefusal;
import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.ActivityStatus;
import vn.quyentreem.portal.campaigns.entity.Campaign;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an editor writes is checked and tidied; cloning makes next year's draft. */
class CampaignDraftTest {

    private static CampaignDraft draft(String name, LocalDate start, LocalDate end, List<Activity> plan) {
        return new CampaignDraft(name, 2026, "Môi trường an toàn cho trẻ em", start, end,
                List.of(" Thông điệp một ", "", "Thông điệp hai"), "Nội dung", null, null, List.of(), plan,
                List.of("bai-a", "bai-a"), " Tháng hành động ", List.of());
    }

    @Test
    void aGoodDraftIsTidied() {
        CampaignDraft d = draft(" Tháng hành động 2026 ", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
                List.of(new Activity("Lễ phát động", " quý  2 ", null, null, "Văn phòng Hội", "", null, ActivityStatus.DONE),
                        CampaignDraft.emptyRow())).checked();
        assertEquals("Tháng hành động 2026", d.name());
        assertEquals(List.of("Thông điệp một", "Thông điệp hai"), d.messages());
        assertEquals(List.of("111"), d.hotlines(), "111 by default");
        assertEquals(List.of("bai-a"), d.articleSlugs());
        assertEquals("Tháng hành động", d.tag());
        assertEquals(1, d.activities().size(), "an empty row of the form is dropped");
        Activity a = d.activities().get(0);
        assertEquals("2026-04-01", a.getStartsOn());
        assertEquals("2026-06-30", a.getEndsOn());
        assertNull(a.getPartners());
        assertEquals(ActivityStatus.DONE, a.getStatusValue());
    }

    @Test
    void whatIsMissingOrWrongIsSaidInVietnamese() {
        LocalDate start = LocalDate.of(2026, 6, 1);
        assertEquals("Hãy ghi tên chiến dịch", message(draft(" ", start, start, List.of())));
        assertEquals("Ngày kết thúc phải sau ngày bắt đầu", message(draft("A", start, start.minusDays(1), List.of())));
        assertEquals("Hãy ghi ngày bắt đầu và ngày kết thúc (dd/MM/yyyy)", message(draft("A", null, start, List.of())));
        String badTime = message(draft("A", start, start, List.of(
                new Activity("Hội thảo", "sớm thôi", null, null, null, null, null, ActivityStatus.PLANNED))));
        assertTrue(badTime.startsWith("Hoạt động 1: chưa hiểu thời gian «sớm thôi»"), badTime);
        assertEquals("Hoạt động 1: hãy ghi nội dung hoạt động", message(draft("A", start, start, List.of(
                new Activity("", "Quý 2", null, null, null, null, null, ActivityStatus.PLANNED)))));
        CampaignDraft banner = new CampaignDraft("A", 2026, "B", start, start, List.of(), "", "/media/a.jpg", " ",
                List.of(), List.of(), List.of(), null, List.of());
        assertEquals("Ảnh băng rôn cần có mô tả cho người đọc khiếm thị", message(banner));
        CampaignDraft phone = new CampaignDraft("A", 2026, "B", start, start, List.of(), "", null, null,
                List.of("111", "gọi ngay"), List.of(), List.of(), null, List.of());
        assertEquals("Số đường dây nóng «gọi ngay» không hợp lệ", message(phone));
    }

    @Test
    void datesAreReadAsVietnameseWriteThem() {
        assertEquals(LocalDate.of(2026, 6, 1), CampaignDraft.date("01/06/2026", "Ngày"));
        assertEquals(LocalDate.of(2026, 6, 1), CampaignDraft.date("1/6/2026", "Ngày"));
        assertEquals(LocalDate.of(2026, 6, 1), CampaignDraft.date("2026-06-01", "Ngày"));
        assertNull(CampaignDraft.date(" ", "Ngày"));
        PublishingRefusal e = assertThrows(PublishingRefusal.class, () -> CampaignDraft.date("31/02/2026", "Ngày bắt đầu"));
        assertEquals("Ngày bắt đầu «31/02/2026» không phải ngày hợp lệ (dd/MM/yyyy)", e.getMessage());
    }

    @Test
    void cloningMakesNextYearsDraft() {
        Campaign old = new Campaign();
        old.setName("Tháng hành động vì trẻ em năm 2026");
        old.setYear(2026);
        old.setTheme("Môi trường an toàn");
        old.setStartsOn("2026-06-01");
        old.setEndsOn("2026-06-30");
        old.setMessages(List.of("Thông điệp"));
        old.setBody("Nội dung");
        old.setTag("Tháng hành động vì trẻ em 2026");
        old.setArticleSlugs(List.of("tin-2026"));
        old.setDocumentSlugs(List.of("cam-nang"));
        old.setActivities(List.of(
                new Activity("Phát động", "30/05/2026", "2026-05-30", "2026-05-30", "Văn phòng Hội", null, "Hành chính", ActivityStatus.DONE),
                new Activity("Truyền thông", "Quý 2", "2026-04-01", "2026-06-30", "Ban Truyền thông", null, null, ActivityStatus.IN_PROGRESS)));

        CampaignDraft next = CampaignWorkflow.nextYear(old).checked();

        assertEquals("Tháng hành động vì trẻ em năm 2027", next.name());
        assertEquals(2027, next.year());
        assertEquals(LocalDate.of(2027, 6, 1), next.startsOn());
        assertEquals(LocalDate.of(2027, 6, 30), next.endsOn());
        assertEquals("Tháng hành động vì trẻ em 2027", next.tag());
        assertEquals(List.of(), next.articleSlugs(), "this year's news stays with this year");
        assertEquals(List.of("cam-nang"), next.documentSlugs());
        assertEquals(List.of("Thông điệp"), next.messages());
        Activity launch = next.activities().get(0);
        assertEquals("30/05/2027", launch.getTime());
        assertEquals("2027-05-30", launch.getStartsOn());
        assertEquals(ActivityStatus.PLANNED, launch.getStatusValue());
        Activity quarter = next.activities().get(1);
        assertEquals("2027-04-01", quarter.getStartsOn());
        assertEquals(ActivityStatus.PLANNED, quarter.getStatusValue());
        assertEquals(ActivityStatus.DONE, old.getActivities().get(0).getStatusValue(), "the old campaign is untouched");
    }

    private static String message(CampaignDraft d) {
        return assertThrows(PublishingRefusal.class, d::checked).getMessage();
    }
}
