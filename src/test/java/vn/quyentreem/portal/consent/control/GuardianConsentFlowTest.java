package vn.quyentreem.portal.consent.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.consent.entity.ConsentDecided;
import vn.quyentreem.portal.consent.entity.ConsentStatus;
import vn.quyentreem.portal.consent.entity.GuardianConsent;
import vn.quyentreem.portal.consent.entity.GuardianConsents;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.testing.Events;
import vn.quyentreem.portal.testing.Fakes;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may stand for a child, the answer on the spot and by the mailed link, withdrawal; in-memory stores. */
class GuardianConsentFlowTest {

    private final InMemoryRepository<GuardianConsent> rows = new InMemoryRepository<>(GuardianConsent::getId);
    private final List<OutboxMessage> mails = new ArrayList<>();
    private final List<Object> fired = new ArrayList<>();
    private final GuardianConsentFlow flow = new GuardianConsentFlow();

    @BeforeEach
    void wire() {
        flow.leases = Fakes.leases();
        flow.consents = rows.as(GuardianConsents.class);
        flow.mailer = Fakes.mailer(mails);
        flow.site = Fakes.site();
        flow.audit = Fakes.audit();
        flow.decisions = Events.into(fired);
    }


    private GuardianConsent ask(String subject, String guardian, Account sender) {
        return flow.request("contest-entry", subject, "Vũ Minh Khoa", "cuộc thi “Ngôi nhà mơ ước”", guardian, sender);
    }

    private String mailedToken() {
        String text = mails.get(mails.size() - 1).getText();
        Matcher m = Pattern.compile("dong-y\\.xhtml\\?ma=([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }

    @Test
    void aNewAccountCannotNameItsOwnMailboxInAnySpelling() {
        Account child = Fakes.account("be.khoa");
        assertFalse(flow.answersOnTheSpot(child));
        for (String own : List.of("be.khoa@example.org", "Be.Khoa+me@Example.org")) {
            GuardianConsentFlow.Refused e = assertThrows(GuardianConsentFlow.Refused.class, () -> ask("e1", own, child));
            assertEquals(400, e.status());
            assertEquals("guardianEmail", e.problems().get(0).field(), "the page marks the guardian's address");
        }
        assertTrue(rows.rows.isEmpty(), "nothing was asked");
    }

    @Test
    void aMailboxThatAnsweredALinkAnswersOnTheSpotNextTime() {
        Account mother = Fakes.account("me.khoa");
        ask("e1", "me.khoa@example.org", Fakes.account("be.khoa"));
        assertFalse(flow.answersOnTheSpot(mother), "asked is not answered");
        flow.decide(flow.byToken(mailedToken()).orElseThrow(), true, "Vũ Thị Lan", false, false, "10.0.0.1");
        assertTrue(flow.answersOnTheSpot(mother));

        GuardianConsent second = ask("e2", "me.khoa+chau@example.org", mother);
        assertTrue(second.isOnTheSpot());
        assertTrue(second.getGuardianCheck().contains("trả lời khi đã đăng nhập"), "the record says how it was checked");
        GuardianConsent found = flow.forGuardian("e2", mother).orElseThrow();
        assertTrue(flow.forGuardian("e2", Fakes.account("be.khoa")).isEmpty(), "another account finds nothing");
        flow.decide(found, true, "Vũ Thị Lan", true, false, "10.0.0.1");
        assertEquals(ConsentStatus.GIVEN, rows.rows.get(second.getId()).status());
        assertEquals(new ConsentDecided("contest-entry", "e2", ConsentStatus.GIVEN, true, false), fired.get(fired.size() - 1),
                "what the public may see travels with the decision");
        assertEquals(409, assertThrows(GuardianConsentFlow.Refused.class,
                () -> flow.decide(found, true, "Vũ Thị Lan", false, false, "10.0.0.1")).status(), "answered once");
    }

    @Test
    void anAnswerOnTheSpotProvesNothingAboutTheNext() {
        Account journalist = Fakes.account("pv.an", Roles.JOURNALIST);
        assertTrue(flow.answersOnTheSpot(journalist), "a role the association gave");
        GuardianConsent own = ask("e1", "pv.an@example.org", journalist);
        flow.decide(own, true, "Trần An", false, false, "10.0.0.1");
        Account sameMailbox = Fakes.account("pv.an");
        assertFalse(flow.answersOnTheSpot(sameMailbox), "without the role, its own answer does not count");
    }

    @Test
    void consentNeedsTheGuardiansNameAndIsWithdrawnByTheLink() {
        ask("e1", "bo.ha@example.org", Fakes.account("be.ha"));
        GuardianConsent asked = flow.byToken(mailedToken()).orElseThrow();
        GuardianConsentFlow.Refused noName = assertThrows(GuardianConsentFlow.Refused.class,
                () -> flow.decide(asked, true, "  ", false, false, "10.0.0.1"));
        assertEquals(List.of(new Problem("guardianName", "Hãy ghi họ tên của bạn (cha, mẹ hoặc người giám hộ) để xác nhận đồng ý")),
                noName.problems());
        flow.decide(asked, true, "Lê Văn Hà", true, true, "10.0.0.1");
        GuardianConsent withdrawn = flow.withdraw(asked, "10.0.0.2");
        assertEquals(ConsentStatus.WITHDRAWN, withdrawn.status());
        assertEquals(GuardianConsentFlow.ERASED, rows.rows.get(asked.getId()).getChildName(), "the child's name leaves the record");
        assertEquals(409, assertThrows(GuardianConsentFlow.Refused.class, () -> flow.withdraw(asked, "10.0.0.2")).status());
    }
}
