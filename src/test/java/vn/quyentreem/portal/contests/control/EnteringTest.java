package vn.quyentreem.portal.contests.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.consent.entity.ConsentStatus;
import vn.quyentreem.portal.consent.entity.GuardianConsent;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestChanged;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.contests.entity.PrizeWinner;
import vn.quyentreem.portal.judging.entity.Scorecard;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.media.control.PrivateFiles;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.testing.ChildDataModules;
import vn.quyentreem.portal.testing.Events;
import vn.quyentreem.portal.testing.Fakes;
import vn.quyentreem.portal.testing.InMemoryRepository;
import vn.quyentreem.portal.testing.TestImages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entrants' side of a contest on in-memory stores and a temporary data directory: a child's entry waits for the
 * guardian, one entry per child and category with counted codes, the contest's dates, and erasure on withdrawal.
 */
class EnteringTest {

    private final InMemoryRepository<Contest> contestRows = new InMemoryRepository<>(Contest::getId);
    private final InMemoryRepository<ContestEntry> entryRows = new InMemoryRepository<>(ContestEntry::getId);
    private final List<OutboxMessage> mails = new ArrayList<>();
    private final List<Object> changes = new ArrayList<>();
    private final Entering entering = new Entering();
    private final Account parent = Fakes.account("me.anh");
    private Contest contest;
    private ChildDataModules modules;

    @TempDir
    Path data;

    @BeforeEach
    void wire() {
        entering.leases = Fakes.leases();
        entering.contests = contestRows.as(Contests.class);
        entering.entries = entryRows.as(ContestEntries.class);
        modules = new ChildDataModules(data, mails);
        entering.files = modules.files;
        entering.consents = modules.consents;
        entering.childData = modules.submissions;
        entering.mailer = Fakes.mailer(mails);
        entering.site = Fakes.site();
        entering.audit = Fakes.audit();
        entering.changes = Events.into(changes);

        // open now, whenever the test runs
        contest = ContestDefinition.read(ContestSamples.definition(day(-30), day(30), day(40), day(41), day(50),
                day(60)));
        contest.setId("c1");
        contest.setStatus(Contest.PUBLISHED);
        contestRows.rows.put("c1", contest);
    }

    private static String day(int fromToday) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(VietnameseDates.ZONE)
                .format(Instant.now().plus(fromToday, ChronoUnit.DAYS));
    }

    private static EntryInput child(String givenName, String guardian) {
        int age8 = Instant.now().atZone(VietnameseDates.ZONE).getYear() - 8;
        return new EntryInput("tranh-6-10", "Nguyễn", givenName, String.valueOf(age8), "Nghệ An",
                "Trường Tiểu học Hưng Dũng", guardian, true, true,
                Map.of("title", "Nhà trên cây", "y-tuong", "Một ngôi nhà có vườn rau."));
    }

    private String code(int number) {
        return "NNMU-2027-000" + number;
    }

    private static int status(Runnable step) {
        return assertThrows(ContestRefusal.class, step::run).status();
    }

    @Test
    void aChildsEntryWaitsForTheGuardianAndThenShowsWhatTheyAllowed() {
        ContestEntry entry = entering.submit(contest, child("Minh Anh", "ba.anh@example.org"), List.of(), parent);
        assertEquals(code(1), entry.getCode(), "initials of the contest, its edition, a counted number");
        assertEquals(ConsentStatus.PENDING.name(), entry.getConsent());
        assertFalse(entry.isShowFullName(), "the child's own choice does not count before the guardian's");
        assertTrue(mails.stream().anyMatch(m -> m.getRecipient().equals("ba.anh@example.org")), "the guardian is asked");
        OutboxMessage receipt = mails.get(mails.size() - 1);
        assertEquals("me.anh@example.org", receipt.getRecipient());
        assertTrue(receipt.getText().startsWith("Chào me.anh,"), "the account holder is greeted, not the child");
        assertTrue(receipt.getText().contains("chỉ được chấm sau khi cha mẹ đồng ý"));

        GuardianConsent asked = modules.asked();
        entering.consents.decide(asked, true, "Nguyễn Văn Ba", true, false, "10.0.0.1");
        entering.onConsent(modules.lastDecision());
        ContestEntry decided = entryRows.rows.get(entry.getId());
        assertEquals(ConsentStatus.GIVEN.name(), decided.getConsent());
        assertTrue(decided.isShowFullName());
        assertFalse(decided.isShowSchool(), "the school stays hidden: the guardian did not allow it");
        assertTrue(mails.get(mails.size() - 1).getText().contains("đã vào danh sách chấm"));
        assertTrue(changes.stream().anyMatch(c -> c instanceof ContestChanged), "the pages are told");
    }

    @Test
    void oneEntryPerChildAndCategoryAndEveryCodeCounted() {
        entering.submit(contest, child("Minh Anh", "ba.anh@example.org"), List.of(), parent);
        assertEquals(409, status(() -> entering.submit(contest, child("minh anh", "ba.anh@example.org"), List.of(), parent)),
                "the same child, however typed");
        ContestEntry sister = entering.submit(contest, child("Thu Hà", "ba.anh@example.org"), List.of(), parent);
        assertEquals(code(2), sister.getCode());
        assertEquals(2, contestRows.rows.get("c1").getEntriesReceived(), "a refused entry takes no number");
        assertEquals(2, entering.of(parent).size());
    }

    @Test
    void entriesAreTakenOnlyWhileTheContestIsOpenAndFromASignedInAccount() {
        assertEquals(401, status(() -> entering.submit(contest, child("Minh Anh", "ba.anh@example.org"), List.of(), null)));
        assertEquals(400, status(() -> entering.submit(contest, child("Minh Anh", ""), List.of(), parent)),
                "a child without a guardian's address");
        assertEquals(400, status(() -> entering.submit(contest, child("Minh Anh", "me.anh@example.org"), List.of(), parent)),
                "the sender's own mailbox cannot stand for the guardian");
        contest.getTimeline().setEntriesOpen(Instant.now().plus(1, ChronoUnit.DAYS));
        ContestRefusal early = assertThrows(ContestRefusal.class,
                () -> entering.submit(contest, child("Minh Anh", "ba.anh@example.org"), List.of(), parent));
        assertEquals(409, early.status());
        assertTrue(early.getMessage().contains("chưa mở nhận bài"), early.getMessage());
        contest.getTimeline().setEntriesOpen(Instant.parse("2026-01-01T01:00:00Z"));
        contest.setStatus(Contest.DRAFT);
        assertEquals(409, status(() -> entering.submit(contest, child("Minh Anh", "ba.anh@example.org"), List.of(), parent)));
        assertTrue(entryRows.rows.isEmpty(), "nothing was kept");
        assertTrue(modules.consentRows.rows.isEmpty(), "no guardian was asked");
    }

    @Test
    void anEntryIsChangedOnlyByItsEntrantAndOnlyUntilEntriesClose() {
        ContestEntry entry = entering.submit(contest, child("Minh Anh", "ba.anh@example.org"), List.of(), parent);
        assertEquals(404, status(() -> entering.edit(entry.getId(), child("Minh Anh", "ba.anh@example.org"), List.of(),
                Fakes.account("nguoi.khac"))), "someone else's entry does not exist for them");
        entering.edit(entry.getId(), child("Minh Anh", "me.ruot@example.org"), List.of(), parent);
        assertTrue(mails.stream().anyMatch(m -> m.getRecipient().equals("me.ruot@example.org")), "a new guardian is asked");
        assertEquals(List.of("me.ruot@example.org"), modules.consentRows.rows.values().stream()
                .map(GuardianConsent::getGuardianEmail).toList(), "the first address's link no longer counts");
        assertEquals(ConsentStatus.PENDING.name(), entryRows.rows.get(entry.getId()).getConsent());

        contest.getTimeline().setEntriesClose(Instant.now().minusSeconds(1));
        assertEquals(409, status(() -> entering.edit(entry.getId(), child("Minh Anh", "me.ruot@example.org"), List.of(), parent)));
        entering.withdraw(entry.getId(), parent);
        assertEquals(ContestEntry.WITHDRAWN, entryRows.rows.get(entry.getId()).getStatus(), "a withdrawal is always possible");
    }

    @Test
    void aWithdrawalErasesTheChildsDataFilesScoresAndPrize() throws Exception {
        byte[] photo = TestImages.jpegWithComment(40, 30, "Nguyen Minh Anh, Hung Dung");
        ContestEntry entry = entering.submit(contest, child("Minh Anh", "ba.anh@example.org"),
                List.of(new PrivateFiles.Upload("tranh.jpg", photo)), parent);
        Path stored = entering.files.find(entry.getFiles().get(0).getName()).orElseThrow();
        assertTrue(Files.exists(stored));
        Scorecard card = new Scorecard();
        card.setId("round-1/gk.an/" + entry.getId());
        card.setJudge("gk.an");
        card.setSubjectId(entry.getId());
        modules.cardRows.rows.put(card.getId(), card);
        PrizeWinner winner = new PrizeWinner();
        winner.setEntryId(entry.getId());
        winner.setAuthor("Nguyễn Minh Anh");
        contest.setResults(List.of(winner));

        // the guardian withdraws through their link: the same erasure as the entrant's own
        GuardianConsent asked = modules.asked();
        entering.consents.decide(asked, true, "Nguyễn Văn Ba", true, true, "10.0.0.1");
        entering.onConsent(modules.lastDecision());
        entering.consents.withdraw(modules.consentRows.rows.get(asked.getId()), "10.0.0.1");
        entering.onConsent(modules.lastDecision());

        ContestEntry erased = entryRows.rows.get(entry.getId());
        assertEquals(ContestEntry.WITHDRAWN, erased.getStatus());
        assertNull(erased.getGivenName());
        assertNull(erased.getFamilyName());
        assertNull(erased.getSchool());
        assertNull(erased.getGuardianEmail());
        assertEquals(0, erased.getBirthYear());
        assertTrue(erased.getValues().isEmpty(), "the title and text named the work");
        assertTrue(erased.getFiles().isEmpty());
        assertFalse(Files.exists(stored), "the drawing left the disk");
        assertTrue(modules.cardRows.rows.isEmpty(), "the judges' cards are gone");
        assertTrue(contestRows.rows.get("c1").getResults().isEmpty(), "off the prize list");
        assertEquals(code(1), erased.getCode(), "the code stays, so numbers are not given twice");
        assertTrue(entering.of(parent).isEmpty());
        assertEquals(404, status(() -> entering.withdraw(entry.getId(), parent)), "gone for its entrant too");
    }
}
