package vn.quyentreem.portal.library.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.Optional;

@Repository
public interface LibraryDocuments extends CrudRepository<LibraryDocument, String> {

    Optional<LibraryDocument> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
