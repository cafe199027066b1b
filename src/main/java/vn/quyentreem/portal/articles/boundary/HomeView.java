package vn.quyentreem.portal.articles.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.articles.control.PublishedArticles;
import vn.quyentreem.portal.articles.entity.Article;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The home page: featured articles on top, then the latest that are not already featured. */
@Named("home")
@RequestScoped
public class HomeView {

    static final int FEATURED = 4;
    static final int LATEST = 10;

    @Inject
    PublishedArticles published;

    private List<Article> featured;
    private List<Article> latest;

    @PostConstruct
    void load() {
        featured = published.featured(FEATURED);
        Set<String> shown = featured.stream().map(Article::getId).collect(Collectors.toSet());
        latest = published.latest(1, LATEST + FEATURED).getItems().stream()
                .filter(a -> !shown.contains(a.getId())).limit(LATEST).toList();
    }

    public Article getLead() {
        return featured.isEmpty() ? null : featured.get(0);
    }

    public List<Article> getOtherFeatured() {
        return featured.isEmpty() ? List.of() : featured.subList(1, featured.size());
    }

    public List<Article> getLatest() {
        return latest;
    }
}
