package vn.quyentreem.portal.contests.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.testing.Events;
import vn.quyentreem.portal.testing.Fakes;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editors screen entries and choose the next round; only eligible entries with clear consent go on. */
class ScreeningTest {

    private final InMemoryRepository<Contest> contestRows = new InMemoryRepository<>(Contest::getId);
    private final InMemoryRepository<ContestEntry> entryRows = new InMemoryRepository<>(ContestEntry::getId);
    private final InMemoryRepository<Account> accountRows = new InMemoryRepository<>(Account::getUsername);
    private final List<OutboxMessage> sent = new ArrayList<>();
    private final Screening screening = new Screening();
    private final Account editor = Fakes.account("bt.hoa", Roles.EDITOR);
    private Contest contest;

    @BeforeEach
    void wire() {
        screening.leases = Fakes.leases();
        screening.contests = contestRows.as(Contests.class);
        screening.entries = entryRows.as(ContestEntries.class);
        screening.accounts = accountRows.as(Accounts.class);
        screening.mailer = Fakes.mailer(sent);
        screening.audit = Fakes.audit();
        screening.changes = Events.into(new ArrayList<>());
        contest = ContestDefinition.read(ContestSamples.definition());
        contest.setId("c1");
        contestRows.rows.put("c1", contest);
        accountRows.rows.put("gk.an", Fakes.account("gk.an", Roles.JURY));
        accountRows.rows.put("gk.cu", Fakes.account("gk.cu", Roles.JURY));
        accountRows.rows.get("gk.cu").setActive(false);
    }

    private ContestEntry entry(String id, String consent) {
        ContestEntry e = new ContestEntry();
        e.setId(id);
        e.setContestId("c1");
        e.setCode("NNMU-2027-" + id);
        e.setEmail(id + "@example.org");
        e.setGivenName("Minh Anh");
        e.setConsent(consent);
        e.setStatus(ContestEntry.ACTIVE);
        e.setValues(new ArrayList<>());
        entryRows.rows.put(id, e);
        return e;
    }

    private static int status(Runnable step) {
        return assertThrows(ContestRefusal.class, step::run).status();
    }

    @Test
    void anIneligibleEntryNeedsAReasonThatTheEntrantIsSent() {
        entry("0001", ContestEntry.CONSENT_NOT_NEEDED);
        assertEquals(403, status(() -> screening.screen("0001", false, "Sai khổ giấy", Fakes.account("pv.an", Roles.JOURNALIST))));
        assertEquals(400, status(() -> screening.screen("0001", false, "  ", editor)));
        assertEquals(404, status(() -> screening.screen("khong-co", true, null, editor)));
        assertTrue(sent.isEmpty());
        ContestEntry screened = screening.screen("0001", false, "Tranh vẽ sai khổ giấy A3", editor);
        assertEquals(Boolean.FALSE, screened.getEligible());
        assertEquals("0001@example.org", sent.get(0).getRecipient());
        assertTrue(sent.get(0).getText().contains("Tranh vẽ sai khổ giấy A3"));
        assertEquals(Boolean.TRUE, screening.screen("0001", true, null, editor).getEligible());
        assertEquals(1, sent.size(), "an eligible entry is not mailed");
    }

    @Test
    void onlyEligibleEntriesWithClearConsentGoToTheNextRound() {
        entry("0001", ContestEntry.CONSENT_NOT_NEEDED);
        entry("0002", "PENDING");
        screening.screen("0001", true, null, editor);
        screening.screen("0002", true, null, editor);
        assertEquals(List.of("0001"), screening.roundEntries(contest, 1), "a held entry is not judged");
        assertEquals(400, status(() -> screening.shortlist(contest, List.of(), editor)));
        assertEquals(409, status(() -> screening.shortlist(contest, List.of("0001", "0002"), editor)), "held for consent");
        assertEquals(1, contestRows.rows.get("c1").getRound(), "a refused shortlist moves nothing");
        assertFalse(entryRows.rows.get("0001").isShortlisted());
        assertEquals(404, status(() -> screening.shortlist(contest, List.of("0009"), editor)));

        Contest next = screening.shortlist(contest, List.of("0001", "0001"), editor);
        assertEquals(2, next.getRound());
        assertTrue(entryRows.rows.get("0001").isShortlisted());
        assertEquals(List.of("0001"), screening.roundEntries(next, 2));
        assertEquals(List.of("gk.an"), screening.judges(), "active jury accounts only");
    }
}
