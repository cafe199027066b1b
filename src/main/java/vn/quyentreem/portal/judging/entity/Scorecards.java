package vn.quyentreem.portal.judging.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface Scorecards extends CrudRepository<Scorecard, String> {

    List<Scorecard> findByRound(String round);

    List<Scorecard> findBySubjectId(String subjectId);
}
