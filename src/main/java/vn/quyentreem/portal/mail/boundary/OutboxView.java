package vn.quyentreem.portal.mail.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.mail.entity.OutboxMessages;
import vn.quyentreem.portal.platform.VietnameseDates;

import java.time.Instant;
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
            case QUEUED -> message.getAttempts() == 0 ? "Đang chờ gửi"
                    : "Gửi chưa được (" + message.getAttempts() + " lần), sẽ thử lại lúc "
                    + new VietnameseDates().dateTime(Instant.ofEpochMilli(message.getNextAttemptAt())) + ": " + message.getError();
            case SENT -> "Đã gửi";
            case FAILED -> "Gửi thất bại sau " + message.getAttempts() + " lần thử: " + message.getError();
        };
    }
}
