package vn.quyentreem.portal.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets for e-mailed links (password resets, address confirmations, cancellations) and personal API tokens: 256
 * random bits for the link or the script, and only their SHA-256 in the store, so a copy of the store opens nothing.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 bytes in unpadded base64url are 43 characters of that alphabet, standing alone. */
    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");
    static final String REDACTED = "[mã đã ẩn sau khi gửi]";

    private Tokens() {
    }

    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The text with every token of {@link #random()}'s form taken out: what is kept of a mail once it is sent, so
     * that a copy of the store holds no link that still opens anything.
     */
    public static String redact(String text) {
        return text == null ? null : TOKEN.matcher(text).replaceAll(REDACTED);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
