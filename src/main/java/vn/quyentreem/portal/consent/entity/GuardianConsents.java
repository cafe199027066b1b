package vn.quyentreem.portal.consent.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;

@Repository
public interface GuardianConsents extends CrudRepository<GuardianConsent, String> {

    Optional<GuardianConsent> findByTokenHash(String tokenHash);

    List<GuardianConsent> findBySubjectId(String subjectId);

    List<GuardianConsent> findByGuardianEmail(String guardianEmail);
}
