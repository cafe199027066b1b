package vn.quyentreem.portal.contests.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Contest editions: a handful a year, so pages list them in memory. */
@Repository
public interface Contests extends CrudRepository<Contest, String> {

    Optional<Contest> findBySlug(String slug);

    List<Contest> findByStatus(String status);
}
