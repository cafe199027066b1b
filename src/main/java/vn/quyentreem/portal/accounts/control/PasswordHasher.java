package vn.quyentreem.portal.accounts.control;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * PBKDF2 password hashes, stored as "pbkdf2-sha256$iterations$salt$hash". The algorithm and the iteration count
 * are stored with each hash, so both can be raised later: older hashes still verify, and {@link #isOutdated} tells
 * the sign-in to hash the password again with today's parameters.
 * <p>
 * Today's parameters are OWASP's 600,000 iterations of HMAC-SHA256, not its equal-strength 210,000 of HMAC-SHA512:
 * measured on this server's JVM (17, a CPU with SHA extensions, which the JVM uses for SHA-256 only) the former takes
 * about 160 ms and the latter about 200 ms, so SHA-512 would cost more, not half. The cost is paid once per sign-in
 * form and once per API client per node (the {@link Authenticator} remembers a verified pair), and on every wrong
 * password, which the sign-in throttle bounds.
 */
public final class PasswordHasher {

    public static final int ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    /** What each stored prefix means; SHA-512 is verified too, so switching to it is a change of {@link #PREFIX}. */
    private static final Map<String, String> ALGORITHMS = Map.of(
            "pbkdf2-sha256", "PBKDF2WithHmacSHA256",
            "pbkdf2-sha512", "PBKDF2WithHmacSHA512");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX + "$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(PREFIX, password, salt, ITERATIONS));
    }

    public static boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !ALGORITHMS.containsKey(parts[0])) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(parts[0], password, salt, Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException e) {
            // a corrupt stored value (bad Base64, iteration count or salt) matches no password
            return false;
        }
    }

    /** True for a well-formed hash made with weaker parameters than today's; never asks to lower them. */
    public static boolean isOutdated(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !ALGORITHMS.containsKey(parts[0])) {
            return false;
        }
        try {
            return !PREFIX.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A random password that is easy to copy from a log: 20 characters, no look-alikes. */
    public static String randomPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static byte[] derive(String prefix, char[] password, byte[] salt, int iterations) {
        String algorithm = ALGORITHMS.get(prefix);
        try {
            return SecretKeyFactory.getInstance(algorithm)
                    .generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
