package vn.quyentreem.portal.accounts.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A person who signs in to the portal. Readers need no account. */
@Entity("accounts")
public class Account {

    @Id
    private String username;
    @Column
    private String displayName;
    @Column
    private String email;
    @Column
    private String passwordHash;
    @Column
    private Set<String> roles = new HashSet<>();
    @Column
    private boolean active;
    @Column
    private Instant createdAt;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Set<String> getRoles() { return roles == null ? Set.of() : roles; }
    public void setRoles(Set<String> roles) { this.roles = roles; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
