package vn.quyentreem.portal.mail.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;


@Repository
public interface OutboxMessages extends CrudRepository<OutboxMessage, String> {

    List<OutboxMessage> findByState(String state);

    List<OutboxMessage> findByRecipient(String recipient);
}
