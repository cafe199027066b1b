package vn.quyentreem.portal.audit.entity;

import jakarta.data.Limit;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface AuditEntries extends CrudRepository<AuditEntry, String> {

    List<AuditEntry> findByItemIdOrderByAtDesc(String itemId);

    List<AuditEntry> findByItemTypeOrderByAtDesc(String itemType, Limit limit);
}
