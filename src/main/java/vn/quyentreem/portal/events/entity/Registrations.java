package vn.quyentreem.portal.events.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Registrations for club events. */
@Repository
public interface Registrations extends CrudRepository<Registration, String> {

    List<Registration> findByEventId(String eventId);

    Optional<Registration> findByCancelHash(String cancelHash);
}
