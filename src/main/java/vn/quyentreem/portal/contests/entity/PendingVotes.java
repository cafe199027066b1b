package vn.quyentreem.portal.contests.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

@Repository
public interface PendingVotes extends CrudRepository<PendingVote, String> {
}
