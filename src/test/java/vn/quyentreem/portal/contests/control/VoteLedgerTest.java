package vn.quyentreem.portal.contests.control;

import vn.quyentreem.portal.testing.Fakes;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.contests.entity.Vote;
import vn.quyentreem.portal.contests.entity.Votes;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoteLedgerTest {

    private final InMemoryRepository<Vote> rows = new InMemoryRepository<>(Vote::getId);
    private final VoteLedger ledger = new VoteLedger(rows.as(Votes.class), Fakes.leases());
    private final Instant at = Instant.parse("2027-06-20T02:00:00.123456Z");

    @Test
    void linesChainAndCount() {
        Vote first = ledger.append("c1", "e1", "v1", "2027-06-20", "10.0.0.1", at);
        Vote second = ledger.append("c1", "e1", "v2", "2027-06-20", "10.0.0.1", at);
        ledger.append("c1", "e2", "v1", "2027-06-20", "10.0.0.2", at);
        assertEquals(VoteLedger.GENESIS, first.getPreviousHash());
        assertEquals(first.getHash(), second.getPreviousHash());
        assertEquals(2, second.getSequence());
        assertEquals(Map.of("e1", 2L, "e2", 1L), ledger.tally("c1"));
        assertTrue(ledger.contains(VoteLedger.key("c1", "e1", "v2", "2027-06-20")));
        assertFalse(ledger.contains(VoteLedger.key("c1", "e1", "v2", "2027-06-21")), "another day is another period");
        assertEquals(new VoteLedger.Check(3, 0), ledger.verify());
        assertEquals(Instant.parse("2027-06-20T02:00:00.123Z"), first.getCastAt(), "kept to the millisecond, as stored");
    }

    @Test
    void aChangedOrRemovedLineBreaksTheChain() {
        ledger.append("c1", "e1", "v1", "contest", "10.0.0.1", at);
        Vote second = ledger.append("c1", "e1", "v2", "contest", "10.0.0.1", at);
        ledger.append("c1", "e1", "v3", "contest", "10.0.0.1", at);
        second.setEntryId("e9"); // someone moved a vote to another entry behind the portal's back
        assertEquals(2, ledger.verify().firstBroken());
        second.setEntryId("e1");
        assertTrue(ledger.verify().intact());
        rows.rows.remove(second.getId());
        assertEquals(2, ledger.verify().firstBroken(), "a deleted line shows as the number that is missing");
    }

    @Test
    void aRestartedLedgerContinuesTheChain() {
        ledger.append("c1", "e1", "v1", "contest", "10.0.0.1", at);
        VoteLedger again = new VoteLedger(rows.as(Votes.class), Fakes.leases());
        Vote next = again.append("c1", "e1", "v2", "contest", "10.0.0.1", at);
        assertEquals(2, next.getSequence());
        assertTrue(again.verify().intact());
    }

    @Test
    void votesAppendedOnTwoNodesMakeOneChain() {
        Leases store = Fakes.leases(); // the one store both nodes hold their leases in
        VoteLedger nodeA = new VoteLedger(rows.as(Votes.class), store);
        VoteLedger nodeB = new VoteLedger(rows.as(Votes.class), store);
        nodeA.append("c1", "e1", "v1", "contest", "10.0.0.1", at);
        nodeB.append("c1", "e1", "v2", "contest", "10.0.0.2", at);
        nodeA.append("c1", "e1", "v3", "contest", "10.0.0.1", at); // A has not seen B's line before this
        Vote last = nodeB.append("c1", "e2", "v1", "contest", "10.0.0.2", at);
        assertEquals(4, last.getSequence());
        assertEquals(new VoteLedger.Check(4, 0), nodeA.verify(), "one unbroken chain, whichever node appended");
    }
}
