package vn.quyentreem.portal.accounts.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/**
 * A personal token with which a script calls the API as its owner. Only the SHA-256 of the secret is kept, so a copy
 * of the store opens nothing; revoking deletes the token, and every request looks its hash up afresh.
 */
@Entity("api_tokens")
public class ApiToken {

    @Id
    private String id;
    @Column
    private String tokenHash;
    @Column
    private String username;
    @Column
    private String name;
    @Column
    private Instant createdAt;
    /** Epoch milliseconds, a plain number so that a use is recorded by a one-field step in the store. */
    @Column
    private Long lastUsedAt;

    public ApiToken() {
    }

    public ApiToken(String id, String tokenHash, String username, String name, Instant createdAt) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.username = username;
        this.name = name;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getTokenHash() { return tokenHash; }
    public String getUsername() { return username; }
    public String getName() { return name; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUsedAt() { return lastUsedAt == null ? null : Instant.ofEpochMilli(lastUsedAt); }
    public Long getLastUsedMillis() { return lastUsedAt; }
}
