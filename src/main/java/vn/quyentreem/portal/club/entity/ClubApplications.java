package vn.quyentreem.portal.club.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Applications to the club: a few hundred a year, so the desk lists them in memory. */
@Repository
public interface ClubApplications extends CrudRepository<ClubApplication, String> {

    List<ClubApplication> findByStatus(String status);

    Optional<ClubApplication> findByVerificationHash(String verificationHash);
}
