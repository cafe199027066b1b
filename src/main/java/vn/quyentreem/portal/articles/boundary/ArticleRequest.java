package vn.quyentreem.portal.articles.boundary;

import vn.quyentreem.portal.articles.control.ArticleDraft;

import java.util.List;

/** The JSON body of POST and PUT /api/v1/articles. */
public record ArticleRequest(String title, String summary, String body, String section, List<String> tags,
                             String coverImage, String coverAlt) {

    ArticleDraft toDraft() {
        return new ArticleDraft(title, summary, body, section, tags, coverImage, coverAlt);
    }
}
