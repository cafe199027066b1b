package vn.quyentreem.portal.articles.entity;

import jakarta.data.Limit;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Articles in the store. Status is passed as its name.
 * Counting is done with countBy…: JNoSQL 1.1's Page has no usable totals.
 */
@Repository
public interface Articles extends CrudRepository<Article, String> {

    Optional<Article> findBySlug(String slug);

    boolean existsBySlug(String slug);

    Page<Article> findByStatusOrderByPublishedAtDesc(String status, PageRequest page);

    long countByStatus(String status);

    Page<Article> findByStatusAndSectionOrderByPublishedAtDesc(String status, String section, PageRequest page);

    long countByStatusAndSection(String status, String section);

    Page<Article> findByStatusAndTagSlugsOrderByPublishedAtDesc(String status, String tagSlug, PageRequest page);

    long countByStatusAndTagSlugs(String status, String tagSlug);

    List<Article> findByStatusAndFeaturedOrderByPublishedAtDesc(String status, boolean featured, Limit limit);

    List<Article> findByStatusAndSectionOrderByPublishedAtDesc(String status, String section, Limit limit);

    List<Article> findByStatusAndTagSlugsInOrderByPublishedAtDesc(String status, List<String> tagSlugs, Limit limit);

    List<Article> findByStatusOrderByPublishedAtDesc(String status);

    List<Article> findByStatusOrderByUpdatedAtDesc(String status, Limit limit);

    List<Article> findByOwnerUsernameOrderByUpdatedAtDesc(String ownerUsername, Limit limit);
}
