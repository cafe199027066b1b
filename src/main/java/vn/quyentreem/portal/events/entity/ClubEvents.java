package vn.quyentreem.portal.events.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.Optional;

/** The club's events: a few dozen a year, listed in memory. */
@Repository
public interface ClubEvents extends CrudRepository<ClubEvent, String> {

    Optional<ClubEvent> findBySlug(String slug);
}
