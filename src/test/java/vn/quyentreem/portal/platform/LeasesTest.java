package vn.quyentreem.portal.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quyentreem.portal.testing.StoreFixture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two "nodes" (two Leases, each with its own client) on one embedded store. */
class LeasesTest {

    @TempDir
    Path directory;

    private StoreFixture fixture;
    private Leases nodeA;
    private Leases nodeB;

    @BeforeEach
    void open() {
        fixture = new StoreFixture(directory);
        nodeA = new Leases(fixture.store);
        nodeB = new Leases(fixture.store);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void stepsOnTheSameSubjectNeverOverlapAcrossNodes() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        int[] seats = {3};
        List<Boolean> won = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Leases node = i % 2 == 0 ? nodeA : nodeB;
            Thread t = new Thread(() -> {
                await(start);
                won.add(node.exclusively("event-seats:e1", () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                        boolean free = seats[0] > 0; // read, decide, write: the race a lease must close
                        Thread.sleep(5);
                        if (free) {
                            seats[0]--;
                        }
                        return free;
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    } finally {
                        inside.decrementAndGet();
                    }
                }));
            });
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertEquals(1, most.get(), "never two holders at once");
        assertEquals(3, won.stream().filter(w -> w).count(), "three seats, three winners of eight");
        assertEquals(0, seats[0]);
    }

    @Test
    void aJobLeaseStaysWithItsNodeUntilItRunsOut() {
        assertTrue(nodeA.hold("job:ScheduledPublishing", "a", Duration.ofSeconds(20)));
        assertFalse(nodeB.hold("job:ScheduledPublishing", "b", Duration.ofSeconds(20)), "A holds it");
        assertTrue(nodeA.hold("job:ScheduledPublishing", "a", Duration.ofSeconds(20)), "A renews it");
        nodeA.release("job:ScheduledPublishing", "a");
        assertTrue(nodeB.hold("job:ScheduledPublishing", "b", Duration.ofMillis(1)), "given back: B takes it");
        sleep(20);
        assertTrue(nodeA.hold("job:ScheduledPublishing", "a", Duration.ofSeconds(20)), "B stopped renewing: A takes over");
    }

    @Test
    void aStepLeftByAKilledNodeIsTakenOverOnceItsLeaseRunsOut() {
        assertTrue(nodeA.hold("contest:c1", "killed-in-a-step", Duration.ofMillis(50))); // never released
        long started = System.nanoTime();
        assertEquals("done", nodeB.exclusively("contest:c1", () -> "done"));
        assertTrue(System.nanoTime() - started < Leases.WAIT.toNanos());
    }

    @Test
    void aStepMayCallAnotherStepOnTheSameSubject() {
        assertEquals(2, nodeA.exclusively("vote-ledger", () -> nodeA.exclusively("vote-ledger", () -> 2)));
        assertTrue(nodeB.hold("vote-ledger", "b", Duration.ofSeconds(1)), "given back after the outer step");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
