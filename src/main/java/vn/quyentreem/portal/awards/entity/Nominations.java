package vn.quyentreem.portal.awards.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface Nominations extends CrudRepository<Nomination, String> {

    List<Nomination> findByProgrammeId(String programmeId);

    List<Nomination> findByNominatorUsername(String nominatorUsername);
}
