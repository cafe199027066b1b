package vn.quyentreem.portal.contests.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** The vote ledger. Only {@code VoteLedger} writes here, and only by insert: lines are never saved over or deleted. */
@Repository
public interface Votes extends CrudRepository<Vote, String> {

    List<Vote> findByContestId(String contestId);

    List<Vote> findByEntryId(String entryId);

    /** The line with this number; the store's unique index holds one at most. */
    Optional<Vote> findBySequence(long sequence);
}
