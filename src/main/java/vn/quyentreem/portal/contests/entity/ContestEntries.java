package vn.quyentreem.portal.contests.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;

@Repository
public interface ContestEntries extends CrudRepository<ContestEntry, String> {

    List<ContestEntry> findByContestId(String contestId);

    List<ContestEntry> findByUsername(String username);

    Optional<ContestEntry> findByCode(String code);
}
