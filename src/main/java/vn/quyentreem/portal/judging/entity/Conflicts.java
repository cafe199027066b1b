package vn.quyentreem.portal.judging.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;

/** Declared conflicts of interest, read a round at a time. */
@Repository
public interface Conflicts extends CrudRepository<Conflict, String> {

    List<Conflict> findByRound(String round);

    List<Conflict> findBySubjectId(String subjectId);
}
