package vn.quyentreem.portal.campaigns.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Campaigns in the store; a handful a year, so lists are sorted in memory where dates are compared. */
@Repository
public interface Campaigns extends CrudRepository<Campaign, String> {

    Optional<Campaign> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Campaign> findByStatus(String status);
}
