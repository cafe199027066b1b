package vn.quyentreem.portal.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.contests.entity.Vote;
import vn.quyentreem.portal.contests.entity.Votes;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.platform.Tokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The append-only ledger of counted votes. Lines are only ever inserted; each holds the hash of the line before it,
 * so an edit or a deletion made behind the portal's back breaks the chain and {@link #verify} names where.
 *
 * <p>One chain for every node: a line is appended holding the ledger's lease in the store, after looking in the
 * store for lines another node appended since this one last did (it remembers only where it was, and moves on
 * from there). The store's unique index on the sequence is the backstop: two lines can never share a number.
 */
@ApplicationScoped
public class VoteLedger {

    static final String GENESIS = "0".repeat(64);

    static final String LEASE = "vote-ledger";

    @Inject
    Votes votes;

    @Inject
    Leases leases;

    /** The last line this node knows of; lines after it, from other nodes, are read before appending. */
    private long lastSequence = -1;
    private String lastHash;

    public VoteLedger() {
    }

    VoteLedger(Votes votes, Leases leases) {
        this.votes = votes;
        this.leases = leases;
    }

    /** The line's identity: one vote per contest, entry, voter and period; the id makes the store refuse a second. */
    public static String key(String contestId, String entryId, String voter, String period) {
        return contestId + "|" + entryId + "|" + voter + "|" + period;
    }

    public boolean contains(String key) {
        return votes.findById(key).isPresent();
    }

    /** Appends a line; a vote already in the ledger (the same key) is refused by the store's unique id. */
    public Vote append(String contestId, String entryId, String voter, String period, String address, Instant at) {
        return leases.exclusively(LEASE, () -> appendHoldingLease(contestId, entryId, voter, period, address, at));
    }

    /** Runs a check and what follows it as one step of the ledger, on whichever node. */
    public <T> T exclusively(java.util.function.Supplier<T> step) {
        return leases.exclusively(LEASE, step);
    }

    /** The lease keeps other nodes out; the monitor guards this node's memory of the last line between threads. */
    private synchronized Vote appendHoldingLease(String contestId, String entryId, String voter, String period,
                                                 String address, Instant at) {
        if (lastHash == null) {
            Vote last = votes.findAll().max(Comparator.comparingLong(Vote::getSequence)).orElse(null);
            lastSequence = last == null ? 0 : last.getSequence();
            lastHash = last == null ? GENESIS : last.getHash();
        }
        // lines appended by other nodes since: their numbers follow on without a gap
        Optional<Vote> next;
        while ((next = votes.findBySequence(lastSequence + 1)).isPresent()) {
            lastSequence = next.get().getSequence();
            lastHash = next.get().getHash();
        }
        Vote vote = new Vote();
        vote.setId(key(contestId, entryId, voter, period));
        vote.setSequence(lastSequence + 1);
        vote.setContestId(contestId);
        vote.setEntryId(entryId);
        vote.setVoter(voter);
        vote.setPeriod(period);
        vote.setAddress(address);
        vote.setCastAt(at.truncatedTo(ChronoUnit.MILLIS)); // what the store keeps, so the hash survives a reload
        vote.setPreviousHash(lastHash);
        vote.setHash(hash(vote));
        votes.insert(vote);
        lastSequence = vote.getSequence();
        lastHash = vote.getHash();
        return vote;
    }

    public Map<String, Long> tally(String contestId) {
        return votes.findByContestId(contestId).stream().collect(Collectors.groupingBy(Vote::getEntryId, Collectors.counting()));
    }

    public List<Vote> ofContest(String contestId) {
        return votes.findByContestId(contestId).stream().sorted(Comparator.comparingLong(Vote::getSequence)).toList();
    }

    public List<Vote> ofEntry(String entryId) {
        return votes.findByEntryId(entryId);
    }

    /** The result of walking the chain: how many lines, and the first that does not fit (0 when all do). */
    public record Check(long lines, long firstBroken) {
        public boolean intact() {
            return firstBroken == 0;
        }
    }

    public Check verify() {
        List<Vote> all = votes.findAll().sorted(Comparator.comparingLong(Vote::getSequence)).toList();
        String previous = GENESIS;
        long expected = 1;
        for (Vote vote : all) {
            if (vote.getSequence() != expected || !previous.equals(vote.getPreviousHash()) || !hash(vote).equals(vote.getHash())) {
                return new Check(all.size(), expected);
            }
            previous = vote.getHash();
            expected++;
        }
        return new Check(all.size(), 0);
    }

    static String hash(Vote v) {
        Function<Object, String> s = o -> o == null ? "" : o.toString();
        return Tokens.hash(String.join("|", s.apply(v.getPreviousHash()), s.apply(v.getSequence()), v.getContestId(),
                v.getEntryId(), v.getVoter(), v.getPeriod(), s.apply(v.getAddress()), s.apply(v.getCastAt())));
    }
}
