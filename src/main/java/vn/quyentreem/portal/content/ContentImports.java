package vn.quyentreem.portal.content;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

@Repository
public interface ContentImports extends CrudRepository<ContentImport, String> {
}
