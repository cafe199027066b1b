package it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SMTP server the test portal sends to (GreenMail, in the test JVM), and reading what arrived. */
final class Mails {

    private Mails() {
    }

    static GreenMail start() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 9325), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** The newest mail to recipient whose subject starts so, waiting up to 30 s for it. */
    static MimeMessage await(GreenMail smtp, String recipient, String subjectStart) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> matching = received(smtp, recipient, subjectStart);
            if (!matching.isEmpty()) {
                return matching.get(matching.size() - 1);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail \"" + subjectStart + "\" to " + recipient);
    }

    /** The mails received so far for recipient whose subject starts so, oldest first. */
    static List<MimeMessage> received(GreenMail smtp, String recipient, String subjectStart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient) && m.getSubject().startsWith(subjectStart);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The text of the mail, decoded (the portal sends plain UTF-8 text, quoted-printable on the wire). */
    static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text
                    : GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        } catch (MessagingException | java.io.IOException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    /** The first link in the mail that the pattern's group 1 captures. */
    static String link(MimeMessage message, Pattern pattern) {
        Matcher m = pattern.matcher(body(message));
        assertTrue(m.find(), "the mail carries the link");
        return m.group(1);
    }
}
