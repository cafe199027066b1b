package vn.quyentreem.portal.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import vn.quyentreem.portal.store.EmbeddedStore;
import vn.quyentreem.portal.store.Store;

import java.nio.file.Path;

/** The embedded store in this JVM, on a temporary directory, behind the portal's {@link Store}. */
public final class StoreFixture implements AutoCloseable {

    private final EmbeddedStore embedded;
    private final MongoClient client;
    public final Store store;

    public StoreFixture(Path directory) {
        embedded = EmbeddedStore.start(directory);
        client = MongoClients.create(embedded.connectionString());
        MongoDatabase database = client.getDatabase("portal");
        store = new Store() {
            @Override
            public MongoDatabase database() {
                return database;
            }
        };
    }

    @Override
    public void close() {
        client.close();
        embedded.close();
    }
}
