package vn.quyentreem.portal.store;

import de.bwaldvogel.mongo.MongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** A MongoDB-protocol server in this process, listening on a free loopback port, its data in one file. */
public final class EmbeddedStore implements AutoCloseable {

    public static final String FILE_NAME = "portal-store.mv.db";

    private final DurableH2Backend backend;
    private final MongoServer server;
    private final String connectionString;

    private EmbeddedStore(DurableH2Backend backend, MongoServer server, String connectionString) {
        this.backend = backend;
        this.server = server;
        this.connectionString = connectionString;
    }

    public static EmbeddedStore start(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store directory " + directory, e);
        }
        DurableH2Backend backend = DurableH2Backend.open(directory.resolve(FILE_NAME));
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        InetSocketAddress address = server.getLocalAddress();
        return new EmbeddedStore(backend, server, "mongodb://127.0.0.1:" + address.getPort());
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
    }

    /** Runs the store alone, as the durability test does: prints the connection string, then serves until killed. */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedStore store = start(Path.of(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(store::close));
        System.out.println("READY " + store.connectionString());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
