package vn.quyentreem.portal.articles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.articles.entity.EditorialEvent;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.site.SiteSettings;

/** Tells editors when something is submitted, and authors when their piece is published or sent back. */
@ApplicationScoped
public class EditorialNotifications {

    @Inject
    Mailer mailer;

    @Inject
    Accounts accounts;

    @Inject
    SiteSettings site;

    void on(@Observes EditorialEvent event) {
        switch (event.kind()) {
            case SUBMITTED -> accounts.findAll()
                    .filter(a -> a.isActive() && hasEmail(a))
                    .filter(a -> Roles.editorial(a.getRoles()))
                    .filter(a -> !a.getUsername().equals(event.actor()))
                    .forEach(editor -> mailer.send(editor.getEmail(), "Bài mới chờ duyệt: " + event.title(),
                            "Bài \"" + event.title() + "\" vừa được " + event.actor() + " gửi duyệt.\n\n"
                                    + "Xem và duyệt tại: " + site.url("/bien-tap/bai-viet.xhtml?id=" + event.articleId())));
            case PUBLISHED -> toAuthor(event, "Bài của bạn đã được đăng: " + event.title(),
                    "Bài \"" + event.title() + "\" đã được đăng.\n\nĐọc tại: " + site.url(PublicPath.ARTICLE.of(event.slug())));
            case SCHEDULED -> toAuthor(event, "Bài của bạn đã được hẹn giờ đăng: " + event.title(),
                    "Bài \"" + event.title() + "\" đã được biên tập viên duyệt và hẹn giờ đăng.");
            case RETURNED -> toAuthor(event, "Bài cần sửa thêm: " + event.title(),
                    "Biên tập viên đã trả bài \"" + event.title() + "\" về bản nháp.\n\nLý do: " + event.comment()
                            + "\n\nSửa bài tại: " + site.url("/bien-tap/bai-viet.xhtml?id=" + event.articleId()));
        }
    }

    private void toAuthor(EditorialEvent event, String subject, String text) {
        if (event.ownerUsername() == null || event.ownerUsername().equals(event.actor())) {
            return;
        }
        accounts.findById(event.ownerUsername()).filter(EditorialNotifications::hasEmail)
                .ifPresent(author -> mailer.send(author.getEmail(), subject, text));
    }

    private static boolean hasEmail(Account account) {
        return account.getEmail() != null && !account.getEmail().isBlank();
    }
}
