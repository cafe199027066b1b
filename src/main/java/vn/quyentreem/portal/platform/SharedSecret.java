package vn.quyentreem.portal.platform;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quyentreem.portal.store.Store;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import static com.mongodb.client.model.Filters.eq;

/**
 * The secret every portal node signs with, so that what one node signed (a vote's proof-of-work challenge) is
 * accepted by the others and after a restart. {@code PORTAL_SECRET} sets it (at least 32 characters, the same on
 * every node); without it the first node to start makes a random one and keeps it in the store, where the others
 * and later starts find it. Each use gets its own key derived from it, so no two purposes share a key.
 */
@ApplicationScoped
public class SharedSecret {

    private static final Logger LOG = Logger.getLogger(SharedSecret.class.getName());
    static final int MIN_LENGTH = 32;
    static final String SETTINGS = "settings";
    static final String ID = "portal-secret";

    @Inject
    @ConfigProperty(name = "portal.secret")
    Optional<String> configured;

    @Inject
    Store store;

    private byte[] master;

    @PostConstruct
    void load() {
        String given = configured.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (given != null) {
            if (given.length() < MIN_LENGTH) {
                throw new IllegalStateException("PORTAL_SECRET is shorter than " + MIN_LENGTH
                        + " characters; set a long random value, the same on every node (e.g. openssl rand -base64 48)");
            }
            master = given.getBytes(StandardCharsets.UTF_8);
            return;
        }
        master = Base64.getDecoder().decode(stored());
        LOG.info("PORTAL_SECRET is not set: signing with the secret kept in the store (fine for one node or several)");
    }

    /** The key for one purpose, such as "proof-of-work". */
    public byte[] key(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored secret; the first node to ask writes it, and nodes starting together all read the one written. */
    private String stored() {
        var settings = store.database().getCollection(SETTINGS);
        byte[] fresh = new byte[48];
        new SecureRandom().nextBytes(fresh);
        try {
            settings.updateOne(eq("_id", ID), Updates.setOnInsert("value", Base64.getEncoder().encodeToString(fresh)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e; // a duplicate means another node wrote it at the same moment: read theirs
            }
        }
        Document found = settings.find(eq("_id", ID)).first();
        if (found == null || found.getString("value") == null) {
            throw new IllegalStateException("The store holds no " + ID + " right after writing it");
        }
        return found.getString("value");
    }
}
