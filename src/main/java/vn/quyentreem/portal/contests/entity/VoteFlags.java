package vn.quyentreem.portal.contests.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface VoteFlags extends CrudRepository<VoteFlag, String> {

    List<VoteFlag> findByContestId(String contestId);
}
