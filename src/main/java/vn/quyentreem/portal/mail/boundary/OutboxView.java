package vn.quyentreem.portal.mail.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.mail.entity.OutboxMessages;

import java.util.List;

/** The admins' view of the mail the portal wrote, newest first. */
@Named
@RequestScoped
public class OutboxView {

    static final int SHOWN = 100;

    @Inject
    OutboxMessages outbox;

    @Inject
    Mailer mailer;

    public List<OutboxMessage> getMessages() {
        return outbox.findAll().sorted(java.util.Comparator.comparing(OutboxMessage::getCreatedAt).reversed())
                .limit(SHOWN).toList();
    }

    public boolean isSmtpConfigured() {
        return mailer.smtpConfigured();
    }

    public String stateLabel(OutboxMessage message) {
        return switch (message.getState()) {
            case KEPT -> "Lưu trong hộp thư (chưa cấu hình máy chủ thư)";
            case QUEUED -> "Đang gửi";
            case SENT -> "Đã gửi";
            case FAILED -> "Gửi lỗi: " + message.getError();
        };
    }
}
