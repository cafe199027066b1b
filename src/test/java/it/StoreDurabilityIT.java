package it;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An insert the embedded store has acknowledged is on disk: it survives kill -9 of the store's JVM.
 * The store runs in a JVM of its own (EmbeddedStore.main), is killed while a client inserts one document
 * at a time, and is restarted on the same directory; every acknowledged document must be there.
 */
class StoreDurabilityIT {

    private static final String STORE_CLASS = "vn.quyentreem.portal.store.EmbeddedStore";
    private static final int DOCUMENTS = 2_000;
    private static final int CYCLES = 3;
    private static final long READY_SECONDS = 60;
    /** Held so the level set below is not lost when the logger is garbage-collected. */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.mongodb.driver");

    private final List<Process> processes = new ArrayList<>();
    private final Random random = new Random();

    @BeforeAll
    static void quietDriver() {
        // the monitor thread logs every failed reconnect after the kill at INFO
        DRIVER_LOG.setLevel(Level.WARNING);
    }

    @AfterEach
    void stopStores() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void acknowledgedInsertsSurviveKill9() throws Exception {
        String classpath = System.getProperty("it.store.classpath");
        assertNotNull(classpath, "system property it.store.classpath is not set: run this test under failsafe (mvn verify)");
        Path target = Files.createDirectories(Path.of("target"));
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            Path dir = Files.createTempDirectory(target, "durability");
            int killAfter = 100 + random.nextInt(1_200);

            int acknowledged = insertUntilKilled(classpath, dir, killAfter, cycle);
            assertTrue(acknowledged >= killAfter && acknowledged < DOCUMENTS,
                    "cycle " + cycle + ": the kill did not land mid-stream (" + acknowledged + " of " + DOCUMENTS
                            + " acknowledged, kill aimed after " + killAfter + ")");

            BitSet stored = readBack(classpath, dir);
            BitSet lost = new BitSet();
            lost.set(1, acknowledged + 1);
            lost.andNot(stored);
            assertTrue(lost.isEmpty(), "cycle " + cycle + ": " + lost.cardinality() + " of " + acknowledged
                    + " acknowledged inserts lost after kill -9, e.g. seq " + lost.stream().limit(10).boxed().toList());
            System.out.printf("StoreDurabilityIT cycle %d: killed after %d acknowledged inserts (aimed at %d); "
                    + "after restart %d documents, none lost%n", cycle, acknowledged, killAfter, stored.cardinality());
            deleteRecursively(dir);
        }
    }

    /** Inserts seq 1, 2, … one at a time until the store is killed; returns the highest acknowledged seq. */
    private int insertUntilKilled(String classpath, Path dir, int killAfter, int cycle) throws Exception {
        Running store = start(classpath, dir);
        CountDownLatch reached = new CountDownLatch(1);
        Thread killer = new Thread(() -> {
            try {
                reached.await(60, TimeUnit.SECONDS);
                Thread.sleep(random.nextInt(25));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            store.process().destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close
        }, "store-killer-" + cycle);
        killer.start();

        int acknowledged = 0;
        MongoException failure = null;
        try (MongoClient client = client(store.uri())) {
            MongoCollection<Document> documents = collection(client);
            for (int seq = 1; seq <= DOCUMENTS; seq++) {
                try {
                    documents.insertOne(new Document("_id", seq).append("seq", seq)
                            .append("title", "Tin bài số " + seq + ": Đoàn kết, đổi mới vì trẻ em"));
                } catch (MongoException e) {
                    failure = e;
                    break;
                }
                acknowledged = seq;
                if (seq == killAfter) {
                    reached.countDown();
                }
            }
        } finally {
            reached.countDown();
            killer.join(TimeUnit.SECONDS.toMillis(15));
        }
        Process process = store.process();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "cycle " + cycle + ": the store process is still alive");
        if (!System.getProperty("os.name").toLowerCase().contains("win")) {
            assertEquals(128 + 9, process.exitValue(), "cycle " + cycle + ": the store did not die of SIGKILL");
        }
        assertNotNull(failure, "cycle " + cycle + ": all " + DOCUMENTS + " inserts were acknowledged: the kill came too late");
        return acknowledged;
    }

    /** Restarts the store on dir and returns the seq of every document it holds. */
    private BitSet readBack(String classpath, Path dir) throws Exception {
        Running store = start(classpath, dir);
        BitSet stored = new BitSet();
        try (MongoClient client = client(store.uri())) {
            for (Document document : collection(client).find().projection(Projections.include("seq"))) {
                int seq = document.getInteger("seq");
                assertEquals(seq, document.getInteger("_id"), "document " + document.toJson());
                stored.set(seq);
            }
        } finally {
            store.process().destroyForcibly();
            store.process().waitFor(10, TimeUnit.SECONDS);
        }
        return stored;
    }

    private record Running(Process process, String uri) {
    }

    private Running start(String classpath, Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stderr = dir.resolve("store-" + processes.size() + ".stderr.log");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", classpath, STORE_CLASS, dir.toAbsolutePath().toString())
                .redirectError(stderr.toFile())
                .start();
        processes.add(process);

        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            // reads to the end, so a chatty store never blocks on a full pipe
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("READY ")) {
                        ready.complete(line.substring("READY ".length()).strip());
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            ready.completeExceptionally(new IllegalStateException("stdout closed before a READY line"));
        }, "store-stdout-" + processes.size());
        reader.setDaemon(true);
        reader.start();

        try {
            String uri = ready.get(READY_SECONDS, TimeUnit.SECONDS);
            assertTrue(uri.matches("mongodb://127\\.0\\.0\\.1:\\d+"), "unexpected READY line: READY " + uri);
            return new Running(process, uri);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            return fail("the store printed no READY line within " + READY_SECONDS + " s; stderr:\n" + tail(stderr));
        } catch (ExecutionException e) {
            process.waitFor(5, TimeUnit.SECONDS);
            return fail("the store stopped before READY (exit " + (process.isAlive() ? "?" : process.exitValue())
                    + "); stderr:\n" + tail(stderr));
        }
    }

    private static MongoClient client(String uri) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .writeConcern(WriteConcern.ACKNOWLEDGED)
                // a retried insert after the kill would only blur which write was acknowledged
                .retryWrites(false)
                .retryReads(false)
                .applyToClusterSettings(b -> b.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(b -> b.connectTimeout(2, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS))
                .build());
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("durability").getCollection("documents");
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
