package vn.quyentreem.portal.club.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.club.entity.ApplicationStatus;
import vn.quyentreem.portal.club.entity.ClubApplication;
import vn.quyentreem.portal.club.entity.ClubApplications;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubMembers;
import vn.quyentreem.portal.club.entity.ClubProfile;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.testing.Events;
import vn.quyentreem.portal.testing.Fakes;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Applying to the journalists' club, confirming the address, and an editor's refusal; in-memory stores. */
class ClubAdmissionsTest {

    private final InMemoryRepository<ClubApplication> applicationRows = new InMemoryRepository<>(ClubApplication::getId);
    private final InMemoryRepository<ClubMember> memberRows = new InMemoryRepository<>(ClubMember::getId);
    private final InMemoryRepository<Account> accountRows = new InMemoryRepository<>(Account::getUsername);
    private final List<OutboxMessage> sent = new ArrayList<>();
    private final ClubAdmissions admissions = new ClubAdmissions();
    private final Account editor = Fakes.account("bt.hoa", Roles.EDITOR);

    @BeforeEach
    void wire() {
        admissions.leases = Fakes.leases();
        admissions.applications = applicationRows.as(ClubApplications.class);
        admissions.members = memberRows.as(ClubMembers.class);
        admissions.accountStore = accountRows.as(Accounts.class);
        admissions.photos = new ClubPhotos() {
            @Override
            public void delete(String url) {
            }
        };
        admissions.mailer = Fakes.mailer(sent);
        admissions.audit = Fakes.audit();
        admissions.site = Fakes.site();
        admissions.changes = Events.into(new ArrayList<>());
        accountRows.rows.put(editor.getUsername(), editor);
    }


    private static ClubProfile profile(String email, String pressCard) {
        return new ProfileInput("Nguyễn Thị Mai", "Báo Tiền Phong", null, pressCard, null, "Hà Nội", email, null, null,
                List.of("name")).check().profile();
    }

    private String token(OutboxMessage mail) {
        Matcher m = Pattern.compile("xac-nhan\\.xhtml\\?ma=([A-Za-z0-9_-]+)").matcher(mail.getText());
        assertTrue(m.find(), mail.getText());
        return m.group(1);
    }

    private static int status(Runnable step) {
        return assertThrows(ClubRefusal.class, step::run).status();
    }

    @Test
    void anApplicationIsHeldUntilItsAddressIsConfirmedAndThenEditorsAreTold() {
        ClubApplication a = admissions.apply(profile("mai@example.org", "HN-01234"), null, "10.0.0.1");
        assertEquals(ApplicationStatus.PENDING_VERIFICATION, a.status());
        assertEquals("mai@example.org", sent.get(0).getRecipient());
        assertTrue(admissions.verify("khong-dung").isEmpty());
        assertEquals(ApplicationStatus.PENDING_REVIEW, admissions.verify(token(sent.get(0))).orElseThrow().status());
        assertEquals("bt.hoa@example.org", sent.get(1).getRecipient(), "the editors hear of it once it is confirmed");
        assertEquals(ApplicationStatus.PENDING_REVIEW, admissions.verify(token(sent.get(0))).orElseThrow().status(),
                "a second click changes nothing");
        assertEquals(2, sent.size());
    }

    @Test
    void oneApplicationPerAddressAndPressCard() {
        admissions.apply(profile("mai@example.org", "HN-01234"), null, "10.0.0.1");
        assertEquals(409, status(() -> admissions.apply(profile("mai@example.org", "HN-99999"), null, "10.0.0.1")));
        assertEquals(409, status(() -> admissions.apply(profile("khac@example.org", "hn 01234"), null, "10.0.0.1")),
                "the same card written another way");
        assertEquals(1, applicationRows.rows.size());
    }

    @Test
    void anUnconfirmedApplicationExpiresAndNoLongerBlocksANewOne() {
        ClubApplication a = admissions.apply(profile("mai@example.org", "HN-01234"), null, "10.0.0.1");
        applicationRows.rows.get(a.getId()).setVerifyBy(Instant.now().minusSeconds(1));
        assertTrue(admissions.verify(token(sent.get(0))).isEmpty(), "too late");
        assertEquals(ApplicationStatus.EXPIRED, applicationRows.rows.get(a.getId()).status());
        assertEquals(ApplicationStatus.PENDING_VERIFICATION,
                admissions.apply(profile("mai@example.org", "HN-01234"), null, "10.0.0.1").status());
    }

    @Test
    void onlyAnEditorRejectsAConfirmedApplicationAndSaysWhy() {
        ClubApplication a = admissions.apply(profile("mai@example.org", "HN-01234"), null, "10.0.0.1");
        assertEquals(409, status(() -> admissions.reject(a.getId(), "Chưa đủ điều kiện", editor)), "not confirmed yet");
        admissions.verify(token(sent.get(0)));
        assertEquals(403, status(() -> admissions.reject(a.getId(), "Chưa đủ", Fakes.account("pv.an", Roles.JOURNALIST))));
        assertEquals(400, status(() -> admissions.reject(a.getId(), "  ", editor)));
        assertEquals(ApplicationStatus.REJECTED, admissions.reject(a.getId(), "Thẻ nhà báo đã hết hạn", editor).status());
        OutboxMessage told = sent.get(sent.size() - 1);
        assertEquals("mai@example.org", told.getRecipient());
        assertTrue(told.getText().contains("Thẻ nhà báo đã hết hạn"), "the reason reaches the applicant");
        assertEquals(409, status(() -> admissions.reject(a.getId(), "Lần nữa", editor)));
        assertEquals(404, status(() -> admissions.reject("khong-co", "Lý do", editor)));
    }
}
