package vn.quyentreem.portal.contests.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.store.Store;
import vn.quyentreem.portal.testing.Fakes;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProofOfWorkTest {

    private static final String SCOPE = "cuoc-thi-1:bai-7";
    private static final Instant START = Instant.parse("2027-06-20T02:00:00Z");

    private static final byte[] KEY = "khoa-chung-cua-moi-nut-cong-thong-tin".getBytes(StandardCharsets.UTF_8);
    private final Store store = Fakes.store();
    private final ProofOfWork pow = new ProofOfWork(8, KEY, store); // 8 bits: a few hundred hashes, the test stays fast

    ProofOfWorkTest() {
        pow.clock = Clock.fixed(START, ZoneOffset.UTC);
    }

    @Test
    void aSolvedChallengeVerifiesOnce() {
        ProofOfWork.Challenge c = pow.issue(SCOPE);
        assertEquals(8, c.difficulty());
        assertEquals(START.plus(Duration.ofMinutes(10)).toEpochMilli(), c.expiresAt());
        assertTrue(c.challenge().length() <= 200 && c.challenge().matches("[A-Za-z0-9._-]+"), c.challenge());
        String nonce = ProofOfWork.solve(c.challenge(), c.difficulty());
        assertTrue(ProofOfWork.solves(c.challenge(), nonce, 8));
        assertDoesNotThrow(() -> pow.verify(SCOPE, c.challenge(), nonce));
        refused("đã được dùng", () -> pow.verify(SCOPE, c.challenge(), nonce));
    }

    @Test
    void aWrongNonceIsRefusedWithoutSpendingTheChallenge() {
        ProofOfWork.Challenge c = pow.issue(SCOPE);
        long wrong = 0;
        while (ProofOfWork.solves(c.challenge(), Long.toString(wrong), 8)) {
            wrong++;
        }
        String nonce = Long.toString(wrong);
        refused("không đúng", () -> pow.verify(SCOPE, c.challenge(), nonce));
        assertDoesNotThrow(() -> pow.verify(SCOPE, c.challenge(), ProofOfWork.solve(c.challenge(), 8)));
    }

    @Test
    void aChallengeCountsOnlyForItsOwnEntry() {
        ProofOfWork.Challenge c = pow.issue(SCOPE);
        String nonce = ProofOfWork.solve(c.challenge(), 8);
        refused("không hợp lệ", () -> pow.verify("cuoc-thi-1:bai-8", c.challenge(), nonce));
    }

    @Test
    void tamperedOrForeignChallengesAreRefused() {
        ProofOfWork.Challenge c = pow.issue(SCOPE);
        String[] parts = c.challenge().split("\\.");
        String easier = String.join(".", parts[0], parts[1], parts[2], "1", parts[4]);
        refused("không hợp lệ", () -> pow.verify(SCOPE, easier, ProofOfWork.solve(easier, 1)));
        String later = String.join(".", parts[0], parts[1], String.valueOf(Long.parseLong(parts[2]) + 86_400_000L),
                parts[3], parts[4]);
        refused("không hợp lệ", () -> pow.verify(SCOPE, later, ProofOfWork.solve(later, 8)));
        String otherRandom = String.join(".", parts[0], flipFirst(parts[1]), parts[2], parts[3], parts[4]);
        refused("không hợp lệ", () -> pow.verify(SCOPE, otherRandom, ProofOfWork.solve(otherRandom, 8)));

        ProofOfWork otherPortal = new ProofOfWork(8, "khoa-cua-mot-cong-thong-tin-khac".getBytes(StandardCharsets.UTF_8), store);
        refused("không hợp lệ", () -> otherPortal.verify(SCOPE, c.challenge(), ProofOfWork.solve(c.challenge(), 8)));
    }

    @Test
    void aChallengeFromOneNodeIsAcceptedOnAnotherAndSpentOnAll() {
        ProofOfWork nodeB = new ProofOfWork(8, KEY, store); // same shared secret, same store
        nodeB.clock = pow.clock;
        ProofOfWork.Challenge c = pow.issue(SCOPE);
        String nonce = ProofOfWork.solve(c.challenge(), 8);
        assertDoesNotThrow(() -> nodeB.verify(SCOPE, c.challenge(), nonce));
        refused("đã được dùng", () -> pow.verify(SCOPE, c.challenge(), nonce));
    }

    @Test
    void anExpiredChallengeIsRefused() {
        ProofOfWork.Challenge c = pow.issue(SCOPE);
        String nonce = ProofOfWork.solve(c.challenge(), 8);
        pow.clock = Clock.fixed(START.plus(Duration.ofMinutes(11)), ZoneOffset.UTC);
        refused("hết hạn", () -> pow.verify(SCOPE, c.challenge(), nonce));
    }

    @Test
    void missingOrOverlongInputIsRefused() {
        ProofOfWork.Challenge c = pow.issue(SCOPE);
        refused("Thiếu", () -> pow.verify(SCOPE, null, "1"));
        refused("Thiếu", () -> pow.verify(SCOPE, c.challenge(), null));
        refused("Thiếu", () -> pow.verify(SCOPE, c.challenge(), ""));
        refused("Thiếu", () -> pow.verify(SCOPE, c.challenge(), "12a"));
        refused("Thiếu", () -> pow.verify(SCOPE, c.challenge(), "1".repeat(21)));
        refused("Thiếu", () -> pow.verify(SCOPE, c.challenge() + "x".repeat(200), "1"));
        refused("không hợp lệ", () -> pow.verify(SCOPE, "v1.abc", "1"));
    }

    @Test
    void leadingZeroBitsAreCountedBitByBit() {
        // SHA-256("abc:4") = 0x21ac…: two zero bits, not three
        assertTrue(ProofOfWork.solves("abc", "4", 2));
        assertFalse(ProofOfWork.solves("abc", "4", 3));
    }

    @Test
    void thePortalFindsTheNonceTheBrowserFinds() {
        // the first nonce js/vote.js finds for this challenge at 12 bits (checked with Node against vote.js)
        assertEquals("9600", ProofOfWork.solve("v1.AAAAAAAAAAAAAAAAAAAAAA.1781920800000.12.Ngôi nhà mơ ước", 12));
    }

    private static void refused(String reason, Executable verification) {
        String message = assertThrows(ProofOfWork.Failed.class, verification).getMessage();
        assertTrue(message.contains(reason), message);
    }

    private static String flipFirst(String text) {
        return (text.charAt(0) == 'A' ? "B" : "A") + text.substring(1);
    }
}
