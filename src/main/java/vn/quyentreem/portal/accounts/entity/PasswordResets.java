package vn.quyentreem.portal.accounts.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

@Repository
public interface PasswordResets extends CrudRepository<PasswordReset, String> {

    void deleteByUsername(String username);
}
