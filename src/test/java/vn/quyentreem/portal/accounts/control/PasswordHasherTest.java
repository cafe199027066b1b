package vn.quyentreem.portal.accounts.control;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private static final String PASSWORD = "Mật khẩu rất dài 2026!";
    /** Two hashes of the same password, made once: each costs 600,000 iterations. */
    private static String first;
    private static String second;

    @BeforeAll
    static void hashTwice() {
        first = PasswordHasher.hash(PASSWORD.toCharArray());
        second = PasswordHasher.hash(PASSWORD.toCharArray());
    }

    @Test
    void hashMatchesItsPassword() {
        assertTrue(PasswordHasher.matches(PASSWORD.toCharArray(), first));
        assertTrue(PasswordHasher.matches(PASSWORD.toCharArray(), second));
    }

    @Test
    void wrongPasswordDoesNotMatch() {
        assertFalse(PasswordHasher.matches("Mật khẩu rất dài 2026?".toCharArray(), first));
    }

    @Test
    void twoHashesOfOnePasswordDifferBySalt() {
        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2], "salts must differ");
    }

    @Test
    void storedFormatNamesAlgorithmAndIterations() {
        assertTrue(first.startsWith("pbkdf2-sha256$600000$"), first);
        // 16-byte salt and 32-byte hash, unpadded Base64
        assertTrue(first.matches("pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), first);
        assertFalse(PasswordHasher.isOutdated(first), "a new hash needs no upgrade");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pbkdf2-sha256$210000$c2FsdA$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw",
            "pbkdf2-sha256$1$c2FsdA$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw",
            "pbkdf2-sha512$210000$c2FsdA$x0MZ2ZSZ/D6QE6z/WXwjxbrwoL7FY0xGuDUreT4yRyM"})
    void hashesWithWeakerOrOtherParametersAreOutdated(String stored) {
        assertTrue(PasswordHasher.isOutdated(stored), stored);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "pbkdf2-sha256$x$c2FsdA$c2FsdA", "bcrypt$1$c2FsdA$c2FsdA",
            "pbkdf2-sha256$900000$c2FsdA$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw"})
    void unusableOrStrongerHashesAreNotOutdated(String stored) {
        assertFalse(PasswordHasher.isOutdated(stored), stored);
    }

    /** PBKDF2-HMAC-SHA512 (P="passwd", S="salt", c=1), first 32 bytes, as Python's hashlib computes it. */
    @Test
    void verifiesASha512HashByItsPrefix() {
        String stored = "pbkdf2-sha512$1$c2FsdA$x0MZ2ZSZ/D6QE6z/WXwjxbrwoL7FY0xGuDUreT4yRyM";
        assertTrue(PasswordHasher.matches("passwd".toCharArray(), stored));
        assertFalse(PasswordHasher.matches("passwe".toCharArray(), stored));
        assertFalse(PasswordHasher.matches("passwd".toCharArray(), stored.replace("sha512", "sha256")));
    }

    /** RFC 7914 §11 PBKDF2-HMAC-SHA256 vector (P="passwd", S="salt", c=1), first 32 bytes. */
    @Test
    void verifiesAStandardVectorReadingTheStoredIterationCount() {
        String stored = "pbkdf2-sha256$1$c2FsdA$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw";
        assertTrue(PasswordHasher.matches("passwd".toCharArray(), stored));
        assertFalse(PasswordHasher.matches("passwe".toCharArray(), stored));
        assertFalse(PasswordHasher.matches("passwd".toCharArray(), stored.replace("$1$", "$2$")));
    }

    /** The password's characters are hashed as UTF-8, as other PBKDF2 implementations do. */
    @Test
    void vietnamesePasswordIsHashedAsUtf8() {
        String stored = "pbkdf2-sha256$1000$bXVvaS1zYXUtYnl0ZSEhIQ$zFirVqyMzMM/z66AYRbu3BvkYek5yyLWEoq/Wbzw8N4";
        assertTrue(PasswordHasher.matches("Mật khẩu".toCharArray(), stored));
        assertFalse(PasswordHasher.matches("Mat khau".toCharArray(), stored));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "Mật khẩu rất dài 2026!", "$$$", "pbkdf2-sha256", "pbkdf2-sha256$$$",
            "bcrypt$210000$c2FsdA$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw",
            "pbkdf2-sha256$1$c2FsdA$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw$extra"})
    void unusableStoredValueNeverMatches(String stored) {
        assertFalse(PasswordHasher.matches(PASSWORD.toCharArray(), stored));
        assertFalse(PasswordHasher.matches("passwd".toCharArray(), stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pbkdf2-sha256$x$c2FsdA$c2FsdA", "pbkdf2-sha256$210000$!!!$###",
            "pbkdf2-sha256$0$c2FsdA$c2FsdA", "pbkdf2-sha256$-1$c2FsdA$c2FsdA", "pbkdf2-sha256$1$x$y",
            "pbkdf2-sha256$99999999999$c2FsdA$c2FsdA"})
    void corruptStoredValueWithTheRightPrefixNeverMatches(String stored) {
        assertFalse(PasswordHasher.matches("passwd".toCharArray(), stored));
    }

    @Test
    void randomPasswordIsTwentyCharactersWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String password = PasswordHasher.randomPassword();
            assertEquals(20, password.length(), password);
            assertTrue(password.matches("[a-hjkmnp-zA-HJ-NP-Z2-9]{20}"), password);
            seen.add(password);
        }
        assertEquals(50, seen.size(), "random passwords repeat");
    }
}
