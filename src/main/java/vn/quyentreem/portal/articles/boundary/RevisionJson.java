package vn.quyentreem.portal.articles.boundary;

import vn.quyentreem.portal.articles.entity.ArticleRevision;

/** One revision in the API's list. */
public record RevisionJson(int number, String title, String savedAt, String savedBy, String note) {

    static RevisionJson of(ArticleRevision r) {
        return new RevisionJson(r.getNumber(), r.getTitle(), r.getSavedAt().toString(), r.getSavedBy(), r.getNote());
    }
}
