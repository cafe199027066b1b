package vn.quyentreem.portal.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.mail.entity.OutboxMessages;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends the portal's e-mail through the SMTP server in PORTAL_SMTP_*. Without one, messages are kept in the
 * outbox that admins read in the portal, so the default setup needs no mail server. Every message is recorded.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "portal.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "portal.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.smtp.from", defaultValue = "cong-thong-tin@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "portal.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    OutboxMessages outbox;

    @Inject
    MailDelivery delivery;

    public boolean smtpConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /**
     * Records the message and, with an SMTP server, queues it: it is in the store before this returns, and
     * {@link MailDelivery} sends it in the background, so no page waits for a mail server and no restart loses it.
     */
    public OutboxMessage send(String recipient, String subject, String text) {
        OutboxMessage message = new OutboxMessage(recipient, subject, text);
        if (!smtpConfigured()) {
            outbox.insert(message);
            return message;
        }
        message.setState(OutboxMessage.State.QUEUED);
        outbox.insert(message);
        delivery.soon();
        return message;
    }

    /**
     * Takes the given texts (a child's name, the title of their work) out of every copy kept of the mails sent to
     * one address: a withdrawal erases the child everywhere, the outbox included. The mails themselves, to whom
     * and when, stay.
     */
    public void erase(String recipient, java.util.Collection<String> texts, String replacement) {
        if (recipient == null) {
            return;
        }
        for (OutboxMessage message : outbox.findByRecipient(recipient)) {
            if (message.erase(texts, replacement)) {
                outbox.save(message);
            }
        }
    }

    void transmit(OutboxMessage message) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElseThrow());
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        Authenticator auth = null;
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        MimeMessage mime = new MimeMessage(Session.getInstance(props, auth));
        mime.setFrom(new InternetAddress(from));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient()));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setText(message.getText(), StandardCharsets.UTF_8.name());
        Transport.send(mime);
    }
}
