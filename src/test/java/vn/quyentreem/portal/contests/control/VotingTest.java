package vn.quyentreem.portal.contests.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.contests.entity.PendingVote;
import vn.quyentreem.portal.contests.entity.PendingVotes;
import vn.quyentreem.portal.contests.entity.Timeline;
import vn.quyentreem.portal.contests.entity.Vote;
import vn.quyentreem.portal.contests.entity.VoteFlag;
import vn.quyentreem.portal.contests.entity.VoteFlags;
import vn.quyentreem.portal.contests.entity.Votes;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.testing.Fakes;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Public voting on in-memory stores: only while the gallery is open to votes, one vote per e-mail per entry and
 * period, the mailed link for anyone not signed in, the proof of work, the limits per network, and the ledger.
 */
class VotingTest {

    private final InMemoryRepository<Contest> contestRows = new InMemoryRepository<>(Contest::getId);
    private final InMemoryRepository<ContestEntry> entryRows = new InMemoryRepository<>(ContestEntry::getId);
    private final InMemoryRepository<PendingVote> pendingRows = new InMemoryRepository<>(PendingVote::getTokenHash);
    private final InMemoryRepository<VoteFlag> flagRows = new InMemoryRepository<>(VoteFlag::getId);
    private final InMemoryRepository<Vote> voteRows = new InMemoryRepository<>(Vote::getId);
    private final List<OutboxMessage> sent = new ArrayList<>();
    private final VoteLedger ledger = new VoteLedger(voteRows.as(Votes.class), Fakes.leases());
    private final Voting voting = new Voting();
    private final Account voter = Fakes.account("ban.doc.lan");
    private Contest contest;

    @BeforeEach
    void wire() {
        voting.contests = contestRows.as(Contests.class);
        voting.entries = entryRows.as(ContestEntries.class);
        voting.pending = pendingRows.as(PendingVotes.class);
        voting.flags = flagRows.as(VoteFlags.class);
        voting.ledger = ledger;
        voting.proofs = new ProofOfWork(8, new byte[32], Fakes.store()); // a few hundred hashes: the test stays fast
        voting.mailer = Fakes.mailer(sent);
        voting.site = Fakes.site();
        limits(30, 400, 20, 150);
        contest = contest("c1");
        entry("e1", "c1", 2);
        entry("e2", "c1", 2);
    }

    private void limits(int perMinute, int perHour, int burstPerAddress, int burstPerEntry) {
        voting.perMinute = perMinute;
        voting.perHour = perHour;
        voting.burstPerAddress = burstPerAddress;
        voting.burstPerEntry = burstPerEntry;
        voting.init();
    }

    /** A published contest whose voting opened an hour ago and closes tomorrow. */
    private Contest contest(String id) {
        Instant now = Instant.now();
        Contest c = new Contest();
        c.setId(id);
        c.setName("Ngôi nhà mơ ước");
        c.setEdition("2027");
        c.setStatus(Contest.PUBLISHED);
        Timeline t = new Timeline();
        t.setEntriesOpen(now.minus(Duration.ofDays(60)));
        t.setEntriesClose(now.minus(Duration.ofDays(30)));
        t.setJudgingEnds(now.minus(Duration.ofDays(10)));
        t.setVotingOpen(now.minus(Duration.ofHours(1)));
        t.setVotingClose(now.plus(Duration.ofDays(1)));
        t.setResults(now.plus(Duration.ofDays(10)));
        c.setTimeline(t);
        c.getVoting().setEnabled(true);
        contestRows.rows.put(id, c);
        return c;
    }

    /** An entry screened eligible, consent clear, in round {@code round} (2 and above: the shortlist, the gallery). */
    private ContestEntry entry(String id, String contestId, int round) {
        ContestEntry e = new ContestEntry();
        e.setId(id);
        e.setContestId(contestId);
        e.setCode("NNMU-2027-" + id);
        e.setGivenName("Minh Anh");
        e.setConsent(ContestEntry.CONSENT_NOT_NEEDED);
        e.setStatus(ContestEntry.ACTIVE);
        e.setEligible(true);
        e.setRound(round);
        entryRows.rows.put(id, e);
        return e;
    }

    /** What the voter's browser does: ask for a challenge for the entry and solve it. */
    private String[] solved(String entryId) {
        ProofOfWork.Challenge c = voting.challenge(contest, entryId);
        return new String[] {c.challenge(), ProofOfWork.solve(c.challenge(), c.difficulty())};
    }

    private Voting.Cast cast(String entryId, String email, Account who, String address) {
        String[] proof = solved(entryId);
        return voting.cast(contest, entryId, email, proof[0], proof[1], who, address);
    }

    private String mailedToken() {
        String text = sent.get(sent.size() - 1).getText();
        Matcher m = Pattern.compile("xac-nhan-binh-chon\\.xhtml\\?ma=([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }

    private static ContestRefusal refused(Runnable step) {
        return assertThrows(ContestRefusal.class, step::run);
    }

    @Test
    void aSignedInVoteCountsAtOnceAndOnlyOncePerEntry() {
        Voting.Cast cast = cast("e1", "ai-do@example.org", voter, "10.0.0.1");
        assertEquals(new Voting.Cast(Voting.Outcome.COUNTED, "NNMU-2027-e1"), cast);
        assertTrue(sent.isEmpty(), "a signed-in voter's address is verified already: no link is mailed");
        assertTrue(pendingRows.rows.isEmpty());
        assertEquals(Map.of("e1", 1L), ledger.tally("c1"));
        Vote line = ledger.ofContest("c1").get(0);
        assertEquals(Voting.voter("ban.doc.lan@example.org"), line.getVoter(), "counted under the account's address");
        assertFalse(line.getVoter().contains("@"), "the ledger keeps no e-mail address");
        assertEquals("contest", line.getPeriod());

        ContestRefusal twice = refused(() -> cast("e1", null, voter, "10.0.0.1"));
        assertEquals(409, twice.status());
        assertTrue(twice.getMessage().contains("mỗi e-mail bình chọn một lần cho mỗi bài"), twice.getMessage());
        // the same address without signing in, in capitals: still the same voter, refused before any mail goes out
        assertEquals(409, refused(() -> cast("e1", "  Ban.Doc.Lan@Example.ORG ", null, "10.0.0.2")).status());
        assertTrue(sent.isEmpty());
        // nor does a "+tag" make the same mailbox another voter
        assertEquals(409, refused(() -> cast("e1", "ban.doc.lan+lan2@example.org", null, "10.0.0.3")).status());
        assertTrue(sent.isEmpty());
        assertEquals(Voting.voter("an.nguyen@gmail.com"), Voting.voter("A.N.Nguyen+1@googlemail.com"),
                "Gmail ignores dots: one mailbox");

        assertEquals(Voting.Outcome.COUNTED, cast("e2", null, voter, "10.0.0.1").outcome(), "another entry is another vote");
        assertEquals(Map.of("e1", 1L, "e2", 1L), ledger.tally("c1"));
        assertEquals(new VoteLedger.Check(2, 0), ledger.verify(), "the ledger's chain stays whole");
    }

    @Test
    void aMailedVoteCountsOnlyOnceItsLinkIsOpened() {
        Voting.Cast cast = cast("e1", "  Me.Khoa@Example.org ", null, "10.0.0.1");
        assertEquals(new Voting.Cast(Voting.Outcome.PENDING, "NNMU-2027-e1"), cast);
        assertTrue(voteRows.rows.isEmpty(), "not counted before the link is opened");
        assertEquals(1, sent.size());
        assertEquals("me.khoa@example.org", sent.get(0).getRecipient(), "kept and mailed lower-case");
        assertTrue(sent.get(0).getText().contains("NNMU-2027-e1"), sent.get(0).getText());
        String token = mailedToken();
        PendingVote waiting = pendingRows.rows.values().iterator().next();
        assertNotEquals(token, waiting.getTokenHash(), "only the token's hash is kept");

        // a second vote for the same entry before the first link is opened is mailed too, but counts only once
        cast("e1", "me.khoa@example.org", null, "10.0.0.1");
        String second = mailedToken();
        assertEquals(2, pendingRows.rows.size());

        assertEquals(new Voting.Cast(Voting.Outcome.COUNTED, "NNMU-2027-e1"), voting.confirm(" " + token + " "));
        assertEquals(Map.of("e1", 1L), ledger.tally("c1"));
        assertEquals("10.0.0.1", ledger.ofContest("c1").get(0).getAddress(), "the address the vote was cast from");
        assertEquals(404, refused(() -> voting.confirm(token)).status(), "a link counts once");
        assertEquals(409, refused(() -> voting.confirm(second)).status(), "one vote per e-mail per entry");
        assertTrue(pendingRows.rows.isEmpty(), "both links are spent");
        assertEquals(Map.of("e1", 1L), ledger.tally("c1"));
        assertEquals(409, refused(() -> cast("e1", "me.khoa@example.org", null, "10.0.0.3")).status(),
                "a counted address is refused at once, before another mail");
        assertEquals(2, sent.size());
        assertTrue(ledger.verify().intact());
    }

    @Test
    void aLinkThatIsWrongOrOlderThanADayCountsNothing() {
        cast("e1", "me.khoa@example.org", null, "10.0.0.1");
        String token = mailedToken();
        PendingVote waiting = pendingRows.rows.values().iterator().next();
        waiting.setCreatedAt(Instant.now().minus(Voting.PENDING_FOR).minusSeconds(60));

        for (String wrong : new String[] {null, "", "   ", "x".repeat(101), token + "x"}) {
            assertEquals(404, refused(() -> voting.confirm(wrong)).status(), String.valueOf(wrong));
        }
        assertEquals(1, pendingRows.rows.size(), "a wrong link spends nothing");
        ContestRefusal late = refused(() -> voting.confirm(token));
        assertEquals(409, late.status());
        assertTrue(late.getMessage().contains("24 giờ"), late.getMessage());
        assertTrue(voteRows.rows.isEmpty());
        assertTrue(pendingRows.rows.isEmpty(), "an expired link is spent");
        assertEquals(404, refused(() -> voting.confirm(token)).status());

        // voting that closed between the mail and the click: the link no longer counts
        cast("e1", "me.khoa@example.org", null, "10.0.0.1");
        String fresh = mailedToken();
        contest.getTimeline().setVotingClose(Instant.now().minusSeconds(1));
        ContestRefusal closed = refused(() -> voting.confirm(fresh));
        assertEquals(409, closed.status());
        assertTrue(closed.getMessage().startsWith("Bình chọn đã đóng lúc"), closed.getMessage());
        assertTrue(voteRows.rows.isEmpty());
    }

    @Test
    void votesAreTakenOnlyWhileVotingIsOpenAndOnlyForTheGallery() {
        String[] early = solved("e1"); // solved while open, spent after the gate shut
        entry("e3", "c1", 1); // eligible, but not shortlisted
        entry("e4", "c2", 2); // another contest's entry
        ContestEntry held = entry("e5", "c1", 2);
        held.setConsent("PENDING");
        for (String notInGallery : new String[] {"e3", "e4", "e5", "khong-co", null}) {
            assertEquals(404, refused(() -> voting.challenge(contest, notInGallery)).status(), notInGallery);
        }

        Instant now = Instant.now();
        contest.getTimeline().setVotingOpen(now.plus(Duration.ofHours(2)));
        ContestRefusal notYet = refused(() -> voting.challenge(contest, "e1"));
        assertEquals(409, notYet.status());
        assertTrue(notYet.getMessage().startsWith("Cổng bình chọn mở lúc"), notYet.getMessage());

        contest.getTimeline().setVotingOpen(now.minus(Duration.ofDays(1)));
        contest.getTimeline().setVotingClose(now.minusSeconds(1));
        ContestRefusal over = refused(() -> voting.cast(contest, "e1", null, early[0], early[1], voter, "10.0.0.1"));
        assertEquals(409, over.status());
        assertTrue(over.getMessage().startsWith("Bình chọn đã đóng lúc"), over.getMessage());

        contest.getTimeline().setVotingClose(now.plus(Duration.ofDays(1)));
        contest.getVoting().setEnabled(false);
        assertEquals(409, refused(() -> voting.cast(contest, "e1", null, early[0], early[1], voter, "10.0.0.1")).status());
        contest.getVoting().setEnabled(true);
        contest.setStatus(Contest.DRAFT);
        assertEquals(404, refused(() -> voting.challenge(contest, "e1")).status(), "an unpublished contest has no gallery");
        assertTrue(voteRows.rows.isEmpty());

        contest.setStatus(Contest.PUBLISHED);
        assertEquals(Voting.Outcome.COUNTED, voting.cast(contest, "e1", null, early[0], early[1], voter, "10.0.0.1").outcome(),
                "a refusal for the phase did not spend the challenge");
    }

    @Test
    void theProofOfWorkAndWhoMayVoteAreCheckedBeforeAnythingIsKept() {
        String[] forE1 = solved("e1");
        assertEquals(400, refused(() -> voting.cast(contest, "e2", "me@example.org", forE1[0], forE1[1], null, "10.0.0.1"))
                .status(), "a challenge solved for one entry does not vote for another");
        long wrong = 0;
        while (ProofOfWork.solves(forE1[0], Long.toString(wrong), 8)) {
            wrong++;
        }
        String wrongNonce = Long.toString(wrong);
        assertEquals(400, refused(() -> voting.cast(contest, "e1", "me@example.org", forE1[0], wrongNonce, null, "10.0.0.1"))
                .status());
        assertEquals(400, refused(() -> voting.cast(contest, "e1", "me@example.org", null, null, null, "10.0.0.1")).status());
        for (String bad : new String[] {null, "  ", "khong-phai-email", "me@localhost"}) {
            assertEquals(400, refused(() -> cast("e1", bad, null, "10.0.0.1")).status(), String.valueOf(bad));
        }

        assertEquals(Voting.Outcome.PENDING, voting.cast(contest, "e1", "me@example.org", forE1[0], forE1[1], null, "10.0.0.1")
                .outcome());
        ContestRefusal again = refused(() -> voting.cast(contest, "e1", "ba@example.org", forE1[0], forE1[1], null, "10.0.0.1"));
        assertEquals(400, again.status());
        assertTrue(again.getMessage().contains("đã được dùng"), "a solved challenge votes once: " + again.getMessage());

        contest.getVoting().setWho("account");
        String[] forE2 = solved("e2");
        assertEquals(401, refused(() -> voting.cast(contest, "e2", "me@example.org", forE2[0], forE2[1], null, "10.0.0.1"))
                .status());
        assertEquals(1, pendingRows.rows.size());
        assertEquals(1, sent.size());
        assertEquals(Voting.Outcome.COUNTED, voting.cast(contest, "e2", null, forE2[0], forE2[1], voter, "10.0.0.1").outcome(),
                "signed in, the voter's solved challenge still counts: the refusal did not spend it");
    }

    @Test
    void oneNetworkIsLimitedPerMinuteWith429() {
        limits(2, 400, 20, 150);
        cast("e1", null, Fakes.account("hs.an"), "10.0.0.7");
        cast("e1", null, Fakes.account("hs.binh"), "10.0.0.7");
        ContestRefusal busy = refused(() -> cast("e1", null, Fakes.account("hs.cuc"), "10.0.0.7"));
        assertEquals(429, busy.status());
        assertEquals(Map.of("e1", 2L), ledger.tally("c1"));
        assertEquals(Voting.Outcome.COUNTED, cast("e1", null, Fakes.account("hs.cuc"), "10.0.0.8").outcome(),
                "another network is not held back");
    }

    @Test
    void aDailyContestTakesOneVotePerEntryEachDayInVietnam() {
        contest.getVoting().setPeriod("day");
        String today = LocalDate.now(VietnameseDates.ZONE).toString();
        String yesterday = LocalDate.now(VietnameseDates.ZONE).minusDays(1).toString();
        ledger.append("c1", "e1", Voting.voter(voter.getEmail()), yesterday, "10.0.0.1", Instant.now().minus(Duration.ofDays(1)));

        assertEquals(Voting.Outcome.COUNTED, cast("e1", null, voter, "10.0.0.1").outcome(), "yesterday's vote is yesterday's");
        assumeTrue(today.equals(LocalDate.now(VietnameseDates.ZONE).toString()), "midnight passed during the test");
        assertEquals(today, ledger.ofContest("c1").get(1).getPeriod());
        ContestRefusal twice = refused(() -> cast("e1", null, voter, "10.0.0.1"));
        assertEquals(409, twice.status());
        assertTrue(twice.getMessage().contains("hôm nay"), twice.getMessage());
        assertEquals(new VoteLedger.Check(2, 0), ledger.verify());
    }

    @Test
    void aBurstFromOneNetworkIsOneFlagForEditors() {
        limits(30, 400, 3, 150);
        long window = System.currentTimeMillis() / Voting.BURST_WINDOW.toMillis();
        cast("e1", null, Fakes.account("hs.an"), "10.0.0.7");
        cast("e1", null, Fakes.account("hs.binh"), "10.0.0.7");
        cast("e2", null, Fakes.account("hs.an"), "10.0.0.7"); // another entry does not add to e1's burst
        cast("e1", null, Fakes.account("hs.cuc"), "10.0.0.8");
        assertTrue(voting.flags(contest).isEmpty(), "two from one network is no burst");

        cast("e1", null, Fakes.account("hs.dung"), "10.0.0.7");
        cast("e1", null, Fakes.account("hs.giang"), "10.0.0.7");
        assumeTrue(window == System.currentTimeMillis() / Voting.BURST_WINDOW.toMillis(), "a ten-minute window ended");
        List<VoteFlag> flags = voting.flags(contest);
        assertEquals(1, flags.size(), "one line on the board per entry, kind and window");
        VoteFlag flag = flags.get(0);
        assertEquals("e1", flag.getEntryId());
        assertEquals(4, flag.getCount());
        assertTrue(flag.getReason().contains("10.0.0.7") && flag.getReason().contains("NNMU-2027-e1"), flag.getReason());
        assertEquals(new VoteLedger.Check(6, 0), ledger.verify());
    }
}
