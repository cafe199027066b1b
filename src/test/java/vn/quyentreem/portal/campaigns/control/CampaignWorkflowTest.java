package vn.quyentreem.portal.campaigns.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.ActivityStatus;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignChanged;
import vn.quyentreem.portal.campaigns.entity.CampaignRevision;
import vn.quyentreem.portal.campaigns.entity.CampaignRevisions;
import vn.quyentreem.portal.campaigns.entity.Campaigns;
import vn.quyentreem.portal.publishing.control.PublishingRefusal;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;
import vn.quyentreem.portal.testing.Events;
import vn.quyentreem.portal.testing.Fakes;
import vn.quyentreem.portal.testing.Fields;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Campaigns go through the same publication core as articles, on in-memory stores: editors only, step by step. */
class CampaignWorkflowTest {

    private final InMemoryRepository<Campaign> campaignRows = new InMemoryRepository<>(Campaign::getId);
    private final InMemoryRepository<CampaignRevision> revisionRows = new InMemoryRepository<>(CampaignRevision::getId);
    private final List<Object> changes = new ArrayList<>();
    private final CampaignWorkflow workflow = new CampaignWorkflow();
    private final Account editor = Fakes.account("bt.hoa", Roles.EDITOR);
    private final Account journalist = Fakes.account("pv.lan", Roles.JOURNALIST);

    @BeforeEach
    void wire() {
        workflow.campaigns = campaignRows.as(Campaigns.class);
        workflow.revisions = revisionRows.as(CampaignRevisions.class);
        workflow.changes = Events.into(changes);
        Fields.set(workflow, "audit", Fakes.audit());
        Fields.set(workflow, "store", campaignRows.asStore());
    }

    private static CampaignDraft draft(String name) {
        return new CampaignDraft(name, 2026, "Môi trường an toàn cho trẻ em", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 30), List.of("Thông điệp"), "Nội dung", null, null, List.of(),
                List.of(new Activity("Lễ phát động", "01/06/2026", null, null, "Văn phòng Hội", null, null,
                        ActivityStatus.DONE)), List.of(), "Tháng hành động 2026", List.of());
    }

    private static int status(Runnable step) {
        return assertThrows(PublishingRefusal.class, step::run).status();
    }

    @Test
    void everyStepIsAnEditors() {
        assertEquals(403, status(() -> workflow.create(draft("Tháng hành động 2026"), journalist)));
        Campaign c = workflow.create(draft("Tháng hành động 2026"), editor);
        assertEquals("thang-hanh-dong-2026", c.getSlug());
        assertEquals(PublicationStatus.DRAFT, c.getStatus());
        assertEquals(403, status(() -> workflow.update(c.getId(), draft("Khác"), journalist)));
        assertEquals(403, status(() -> workflow.publish(c.getId(), null, journalist)));
        assertEquals(403, status(() -> workflow.publish("khong-co", null, journalist)),
                "who may not publish learns nothing of which campaigns exist");
        assertEquals(404, status(() -> workflow.publish("khong-co", null, editor)));
        assertEquals(403, status(() -> workflow.revisions(c.getId(), journalist)));
        assertEquals(PublicationStatus.PUBLISHED, workflow.publish(c.getId(), null, editor).getStatus());
        assertTrue(changes.contains(new CampaignChanged(c.getId())), "the public pages are told");
    }

    @Test
    void anArchivedCampaignIsNoLongerChanged() {
        Campaign c = workflow.create(draft("Tháng hành động 2026"), editor);
        workflow.archive(c.getId(), editor);
        assertEquals(409, status(() -> workflow.update(c.getId(), draft("Sửa"), editor)));
        assertEquals(409, status(() -> workflow.restore(c.getId(), 1, editor)));
        assertEquals(409, status(() -> workflow.archive(c.getId(), editor)));
        assertEquals("Tháng hành động 2026", workflow.find(c.getId()).getName(), "nothing was changed");
    }

    @Test
    void aScheduledCampaignIsReleasedOnceWhenItsTimeComes() {
        Campaign c = workflow.create(draft("Tháng hành động 2026"), editor);
        Instant at = Instant.now().plusSeconds(3600);
        assertEquals(PublicationStatus.SCHEDULED, workflow.publish(c.getId(), at, editor).getStatus());
        assertEquals(0, workflow.runDue(at.minusSeconds(1)));
        assertEquals(1, workflow.runDue(at));
        assertEquals(0, workflow.runDue(at.plusSeconds(60)), "not twice");
        assertEquals(PublicationStatus.PUBLISHED, workflow.find(c.getId()).getStatus());
    }

    @Test
    void aRestoreIsANewRevisionOfTheOldContent() {
        Campaign c = workflow.create(draft("Tháng hành động 2026"), editor);
        workflow.update(c.getId(), draft("Tháng hành động vì trẻ em 2026"), editor);
        Campaign restored = workflow.restore(c.getId(), 1, editor);
        assertEquals("Tháng hành động 2026", restored.getName());
        List<CampaignRevision> history = workflow.revisions(c.getId(), editor);
        assertEquals(List.of(3, 2, 1), history.stream().map(CampaignRevision::getNumber).toList(), "newest first");
        assertEquals("Tháng hành động vì trẻ em 2026", workflow.content(history.get(1)).name());
        assertEquals(404, status(() -> workflow.restore(c.getId(), 9, editor)));
    }

    @Test
    void nextYearStartsAsADraftOfTheSamePlan() {
        Campaign c = workflow.create(draft("Tháng hành động 2026"), editor);
        workflow.publish(c.getId(), null, editor);
        Campaign next = workflow.cloneForNextYear(c.getId(), editor);
        assertEquals("Tháng hành động 2027", next.getName());
        assertEquals(2027, next.getYear());
        assertEquals("2027-06-01", next.getStartsOn());
        assertEquals(PublicationStatus.DRAFT, next.getStatus());
        Activity launch = next.getActivities().get(0);
        assertEquals(ActivityStatus.PLANNED, launch.getStatusValue(), "the plan starts again");
        assertEquals("01/06/2027", launch.getTime());
        assertFalse(next.getSlug().equals(c.getSlug()));
        assertEquals(403, status(() -> workflow.cloneForNextYear(c.getId(), journalist)));
    }
}
