package vn.quyentreem.portal.awards.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.Optional;

@Repository
public interface AwardProgrammes extends CrudRepository<AwardProgramme, String> {

    Optional<AwardProgramme> findBySlug(String slug);
}
