package vn.quyentreem.portal.articles.boundary;

import java.util.List;

/** A page of the published-articles listing. */
public record ArticleListJson(long total, int page, int size, List<ArticleSummaryJson> items) {
}
