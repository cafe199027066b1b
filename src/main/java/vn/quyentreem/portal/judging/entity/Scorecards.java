package vn.quyentreem.portal.judging.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;

/** Scorecards: a round holds at most a few thousand, so the board reads a round whole and filters in memory. */
@Repository
public interface Scorecards extends CrudRepository<Scorecard, String> {

    List<Scorecard> findByRound(String round);

    List<Scorecard> findBySubjectId(String subjectId);
}
