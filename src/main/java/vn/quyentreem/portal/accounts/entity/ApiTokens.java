package vn.quyentreem.portal.accounts.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;

@Repository
public interface ApiTokens extends CrudRepository<ApiToken, String> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUsername(String username);
}
