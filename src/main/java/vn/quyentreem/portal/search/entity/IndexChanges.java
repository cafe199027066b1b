package vn.quyentreem.portal.search.entity;

import jakarta.data.Limit;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface IndexChanges extends CrudRepository<IndexChange, String> {

    List<IndexChange> findBySequenceGreaterThanOrderBySequenceAsc(long after, Limit limit);
}
