package vn.quyentreem.portal.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quyentreem.portal.testing.StoreFixture;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedSecretTest {

    @TempDir
    Path directory;

    private StoreFixture fixture;

    @BeforeEach
    void open() {
        fixture = new StoreFixture(directory);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void withoutPortalSecretEveryNodeAndEveryRestartSignsWithTheOneKeptInTheStore() {
        SharedSecret nodeA = secret(null);
        SharedSecret nodeB = secret(null);
        assertArrayEquals(nodeA.key("proof-of-work"), nodeB.key("proof-of-work"));
        assertArrayEquals(nodeA.key("proof-of-work"), secret(null).key("proof-of-work"), "after a restart too");
        assertFalse(java.util.Arrays.equals(nodeA.key("proof-of-work"), nodeA.key("session")), "one key per purpose");
    }

    @Test
    void portalSecretIsUsedWhenSetAndRefusedWhenShort() {
        String given = "mot-bi-mat-dai-du-ba-muoi-hai-ky-tu-tro-len";
        SharedSecret configured = secret(given);
        assertArrayEquals(configured.key("proof-of-work"), secret(given).key("proof-of-work"));
        assertFalse(java.util.Arrays.equals(configured.key("proof-of-work"), secret(null).key("proof-of-work")));
        IllegalStateException short_ = assertThrows(IllegalStateException.class, () -> secret("ngan-qua"));
        assertTrue(short_.getMessage().contains("PORTAL_SECRET"), short_.getMessage());
    }

    private SharedSecret secret(String configured) {
        SharedSecret secret = new SharedSecret();
        secret.configured = Optional.ofNullable(configured);
        secret.store = fixture.store;
        secret.load();
        return secret;
    }
}
