package vn.quyentreem.portal.store;

import com.mongodb.ConnectionString;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentConfiguration;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The one connection to the document store: a real MongoDB when PORTAL_MONGODB_URL is set,
 * otherwise the embedded server, started here with its file in the data directory.
 */
@ApplicationScoped
public class Store {

    private static final Logger LOG = Logger.getLogger(Store.class.getName());

    @Inject
    @ConfigProperty(name = "portal.mongodb.url")
    Optional<String> mongodbUrl;

    @Inject
    @ConfigProperty(name = "portal.mongodb.database", defaultValue = "portal")
    String databaseName;

    @Inject
    DataDirectory dataDirectory;

    private EmbeddedStore embedded;
    private MongoClient client;
    private MongoDatabase database;

    @PostConstruct
    void open() {
        String url = mongodbUrl.filter(s -> !s.isBlank()).orElse(null);
        if (url == null) {
            embedded = EmbeddedStore.start(dataDirectory.resolve("store"));
            url = embedded.connectionString();
            LOG.info(() -> "Embedded store started on " + embedded.connectionString()
                    + ", file in " + dataDirectory.resolve("store"));
        } else {
            LOG.info("Using the MongoDB given by PORTAL_MONGODB_URL");
        }
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(url))
                // a write is acknowledged only once the majority (journalled, on a replica set) has it
                .writeConcern(WriteConcern.MAJORITY)
                .applyToClusterSettings(b -> b.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build();
        client = MongoClients.create(settings);
        database = client.getDatabase(databaseName);
        StoreIndexes.ensure(database, embedded != null);
    }

    public MongoDatabase database() {
        return database;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** True when the store answers a ping. */
    public boolean ping() {
        try {
            database.runCommand(new Document("ping", 1));
            return true;
        } catch (RuntimeException e) {
            LOG.warning("Store ping failed: " + e.getMessage());
            return false;
        }
    }

    /**
     * Sets one field of one document to {@code to} only if it still holds {@code from} (null also matches a field
     * not there): of two rounds or nodes racing to do the same thing once, exactly one gets true. A job that must
     * act once (publish on schedule and tell the author, send a reminder) takes its step through this.
     */
    public boolean transition(String collection, String id, String field, Object from, Object to) {
        return transition(collection, id, field, from, to, Map.of());
    }

    /** The same, setting other fields in the same step when it succeeds. */
    public boolean transition(String collection, String id, String field, Object from, Object to, Map<String, Object> also) {
        List<Bson> sets = new ArrayList<>();
        sets.add(Updates.set(field, to));
        also.forEach((name, value) -> sets.add(Updates.set(name, value)));
        return database().getCollection(collection).updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(field, from)),
                Updates.combine(sets)).getModifiedCount() == 1;
    }

    /**
     * Records {@code key} in {@code collection} and says whether this was the first time: of any number of requests
     * or nodes doing it at once, exactly one gets true, held by the store's unique key. The record is kept until
     * {@code keepUntil}; {@link #forgetExpired} drops it after that.
     */
    public boolean firstTime(String collection, String key, Instant keepUntil) {
        try {
            database().getCollection(collection).insertOne(new Document("_id", key).append("until", Date.from(keepUntil)));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Drops the records of {@link #firstTime} kept until before {@code now}. */
    public void forgetExpired(String collection, Instant now) {
        database().getCollection(collection).deleteMany(Filters.lt("until", Date.from(now)));
    }

    /** The store's JNoSQL manager; see {@link DocumentManagerProducer}. */
    MongoDBDocumentManager documentManager() {
        return new MongoDBDocumentConfiguration().get(client).apply(databaseName);
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
