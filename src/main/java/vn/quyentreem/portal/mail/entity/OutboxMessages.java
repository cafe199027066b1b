package vn.quyentreem.portal.mail.entity;

import jakarta.data.Limit;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface OutboxMessages extends CrudRepository<OutboxMessage, String> {

    List<OutboxMessage> findByCreatedAtAfterOrderByCreatedAtDesc(java.time.Instant after, Limit limit);

    List<OutboxMessage> findByRecipientOrderByCreatedAtDesc(String recipient, Limit limit);
}
