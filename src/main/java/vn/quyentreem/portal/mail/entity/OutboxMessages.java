package vn.quyentreem.portal.mail.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;


@Repository
public interface OutboxMessages extends CrudRepository<OutboxMessage, String> {
}
