package vn.quyentreem.portal.contests.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quyentreem.portal.platform.Refusal;
import vn.quyentreem.portal.platform.SharedSecret;
import vn.quyentreem.portal.store.Store;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The proof of work a public vote carries. The portal hands out a challenge; the voter's browser (js/vote.js) looks
 * for a nonce such that SHA-256(challenge + ":" + nonce) starts with {@code difficulty} zero bits; checking it here
 * takes one hash. A person waits a second or two, a script casting thousands of votes pays for every one.
 * <p>
 * Challenges are {@code v1.<random>.<expiry millis>.<difficulty>.<hmac>}, signed rather than stored so that handing
 * them out costs no memory. The HMAC also covers the scope (what is voted on), so a solved challenge cannot be spent
 * on another entry. The key comes from the {@link SharedSecret}, so a challenge handed out by one node is accepted by
 * any other and after a restart. A challenge is spent once: the store records it, so a second node refuses it too.
 */
@ApplicationScoped
public class ProofOfWork {

    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final int MAX_CHALLENGE = 200;
    private static final Pattern NONCE = Pattern.compile("\\d{1,20}");
    private static final Pattern CHALLENGE = Pattern.compile("v1\\.[A-Za-z0-9_-]{22}\\.\\d{1,15}\\.\\d{1,2}\\.[A-Za-z0-9_-]{43}");
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the browser gets: find a nonce so that SHA-256(challenge + ":" + nonce) has {@code difficulty} zero bits. */
    public record Challenge(String challenge, int difficulty, long expiresAt) {
    }

    /** A vote's proof that does not hold, with the reason in Vietnamese for the voter. */
    public static class Failed extends Refusal {
        public Failed(String message) {
            super(400, message);
        }
    }

    /** 18 bits: about 260,000 hashes on average, one to three seconds of JavaScript on a phone. */
    @Inject
    @ConfigProperty(name = "portal.votes.pow-bits", defaultValue = "18")
    int difficulty;

    Clock clock = Clock.systemUTC(); // tests move it to expire challenges

    /** Challenges already spent, until their expiry; after that the signature check refuses them anyway. */
    static final String SPENT = "spent_challenges";

    @Inject
    SharedSecret secret;

    @Inject
    Store store;

    private byte[] key;
    private volatile long nextPurge;

    public ProofOfWork() {
    }

    /** For tests: this key and store instead of the injected ones. */
    ProofOfWork(int difficulty, byte[] key, Store store) {
        this.difficulty = difficulty;
        this.key = key.clone();
        this.store = store;
    }

    @PostConstruct
    void init() {
        key = secret.key("proof-of-work");
    }

    /** A challenge bound to a scope such as "contestId:entryId". */
    public Challenge issue(String scope) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        long expires = clock.millis() + VALID_FOR.toMillis();
        String body = "v1." + base64(random) + "." + expires + "." + difficulty;
        return new Challenge(body + "." + sign(body, scope), difficulty, expires);
    }

    /** Passes quietly, or throws {@link Failed}. Spends the challenge: it verifies only once. */
    public void verify(String scope, String challenge, String nonce) {
        if (challenge == null || nonce == null || challenge.isEmpty() || challenge.length() > MAX_CHALLENGE
                || nonce.length() > 20 || !NONCE.matcher(nonce).matches()) {
            throw new Failed("Thiếu lời giải thử thách chống gian lận; hãy bật JavaScript và thử lại");
        }
        int cut = challenge.lastIndexOf('.');
        if (!CHALLENGE.matcher(challenge).matches()
                || !MessageDigest.isEqual(sign(challenge.substring(0, cut), scope).getBytes(StandardCharsets.US_ASCII),
                challenge.substring(cut + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw new Failed("Thử thách chống gian lận không hợp lệ, hãy tải lại trang");
        }
        String[] parts = challenge.split("\\.");
        long expires = Long.parseLong(parts[2]);
        long now = clock.millis();
        if (now > expires) {
            throw new Failed("Thử thách chống gian lận đã hết hạn, hãy thử lại");
        }
        // the difficulty asked is the one signed into the challenge, so a config change spares challenges in flight
        if (!solves(challenge, nonce, Integer.parseInt(parts[3]))) {
            throw new Failed("Lời giải thử thách chống gian lận không đúng");
        }
        purge(now);
        if (!store.firstTime(SPENT, challenge.substring(cut + 1), Instant.ofEpochMilli(expires))) {
            throw new Failed("Thử thách này đã được dùng, hãy thử lại");
        }
    }

    /** Whether SHA-256(challenge + ":" + nonce) over UTF-8 starts with {@code difficulty} zero bits. */
    public static boolean solves(String challenge, String nonce, int difficulty) {
        byte[] hash = sha256(challenge + ":" + nonce);
        int whole = difficulty / 8;
        for (int i = 0; i < whole; i++) {
            if (hash[i] != 0) {
                return false;
            }
        }
        int rest = difficulty % 8;
        return rest == 0 || (hash[whole] & 0xff) >>> (8 - rest) == 0;
    }

    /** The first nonce from 0 upwards that solves the challenge, as vote.js finds it; for tests and tools. */
    public static String solve(String challenge, int difficulty) {
        for (long n = 0; ; n++) {
            String nonce = Long.toString(n);
            if (solves(challenge, nonce, difficulty)) {
                return nonce;
            }
        }
    }

    /** Once a minute rather than on every vote, so a busy voting day does not sweep the spent challenges each time. */
    private void purge(long now) {
        if (now >= nextPurge) {
            nextPurge = now + PURGE_EVERY.toMillis();
            store.forgetExpired(SPENT, Instant.ofEpochMilli(now));
        }
    }

    private String sign(String body, String scope) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            // the body never holds '|', so body and scope cannot be shifted into each other
            return base64(mac.doFinal((body + "|" + scope).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
