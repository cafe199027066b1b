package vn.quyentreem.portal.club.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.articles.control.PublishedArticles;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.club.control.MemberDirectory;

import java.util.List;

/** The club's page, /cau-lac-bo: what the club is, its upcoming trainings and events, its news, how to join. */
@Named
@RequestScoped
public class ClubView {

    /** Articles about the club carry this tag ("CLB Nhà báo"). */
    public static final String NEWS_TAG = "clb-nha-bao";
    static final int NEWS = 6;

    @Inject
    PublishedArticles articles;

    @Inject
    MemberDirectory directory;

    private List<Article> news;

    public List<Article> getNews() {
        if (news == null) {
            news = articles.taggedWith(NEWS_TAG, 1, NEWS).getItems();
        }
        return news;
    }

    public String getNewsTag() {
        return NEWS_TAG;
    }

    public long getActiveMembers() {
        return directory.activeCount();
    }
}
