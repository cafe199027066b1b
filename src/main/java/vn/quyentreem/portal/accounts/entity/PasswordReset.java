package vn.quyentreem.portal.accounts.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/** A pending password reset. Only the SHA-256 of the token is kept, so a copy of the store cannot use it. */
@Entity("password_resets")
public class PasswordReset {

    @Id
    private String tokenHash;
    @Column
    private String username;
    @Column
    private Instant expiresAt;

    public PasswordReset() {
    }

    public PasswordReset(String tokenHash, String username, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.expiresAt = expiresAt;
    }

    public String getTokenHash() { return tokenHash; }
    public String getUsername() { return username; }
    public Instant getExpiresAt() { return expiresAt; }
}
