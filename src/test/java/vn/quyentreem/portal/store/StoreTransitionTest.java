package vn.quyentreem.portal.store;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quyentreem.portal.testing.StoreFixture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A due step is taken once through the store, also when many rounds race for it, and touches nothing else. */
class StoreTransitionTest {

    @TempDir
    Path directory;

    private StoreFixture fixture;

    @BeforeEach
    void open() {
        fixture = new StoreFixture(directory);
        fixture.store.database().getCollection("award_programmes").insertOne(new Document("_id", "giai")
                .append("name", "Giải thưởng")
                .append("cycles", List.of(new Document("year", 2025).append("announced", true),
                        new Document("year", 2026).append("announced", false))));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void ofManyRacingRoundsExactlyOneTakesTheStep() throws Exception {
        ExecutorService rounds = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> taken = rounds.invokeAll(java.util.Collections.nCopies(32, () ->
                    fixture.store.transition("award_programmes", "giai", "cycles.1.announced", false, true)));
            int winners = 0;
            for (Future<Boolean> round : taken) {
                winners += round.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            rounds.shutdownNow();
        }
    }

    @Test
    void aStepInsideAListLeavesTheRestOfTheDocumentAsItWas() {
        fixture.store.database().getCollection("award_programmes")
                .updateOne(new Document("_id", "giai"), new Document("$set", new Document("name", "Tên mới")));

        assertTrue(fixture.store.transition("award_programmes", "giai", "cycles.1.announced", false, true,
                Map.of("cycles.1.announcedBy", "hệ thống")));
        assertFalse(fixture.store.transition("award_programmes", "giai", "cycles.1.announced", false, true));

        Document programme = fixture.store.database().getCollection("award_programmes").find().first();
        assertEquals("Tên mới", programme.getString("name"), "an edit saved meanwhile stays");
        List<Document> cycles = programme.getList("cycles", Document.class);
        assertEquals(true, cycles.get(0).getBoolean("announced"));
        assertEquals(2025, cycles.get(0).getInteger("year"));
        assertEquals(true, cycles.get(1).getBoolean("announced"));
        assertEquals("hệ thống", cycles.get(1).getString("announcedBy"));
    }

    @Test
    void aMissingFieldCountsAsNull() {
        fixture.store.database().getCollection("club_members").insertOne(new Document("_id", "hv"));
        assertFalse(fixture.store.transition("club_members", "hv", "remindedFor", "2026-01-01", "2027-01-01"));
        assertTrue(fixture.store.transition("club_members", "hv", "remindedFor", null, "2027-01-01"));
        assertFalse(fixture.store.transition("club_members", "hv", "remindedFor", null, "2027-01-01"));
    }
}
