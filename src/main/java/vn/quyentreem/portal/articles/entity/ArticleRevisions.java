package vn.quyentreem.portal.articles.entity;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Optional;

@Repository
public interface ArticleRevisions extends CrudRepository<ArticleRevision, String> {

    List<ArticleRevision> findByArticleIdOrderByNumberDesc(String articleId);

    Optional<ArticleRevision> findByArticleIdAndNumber(String articleId, int number);
}
