package vn.quyentreem.portal.accounts.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

@Repository
public interface Accounts extends CrudRepository<Account, String> {

    java.util.List<Account> findByEmail(String email);
}
