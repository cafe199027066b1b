package vn.quyentreem.portal.club.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.Optional;

/** The club's members, current and lapsed. */
@Repository
public interface ClubMembers extends CrudRepository<ClubMember, String> {

    Optional<ClubMember> findBySlug(String slug);

    Optional<ClubMember> findByUsername(String username);
}
