package vn.quyentreem.portal.search.control;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.data.Limit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import vn.quyentreem.portal.search.entity.IndexChange;
import vn.quyentreem.portal.search.entity.IndexChanges;
import vn.quyentreem.portal.store.Store;

import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/** The durable, ordered log of items whose search entry must be looked at again. */
@ApplicationScoped
public class ChangeLog {

    static final String COUNTER = "search_changes";

    @Inject
    Store store;

    @Inject
    IndexChanges changes;

    public IndexChange append(String itemType, String itemId) {
        IndexChange change = new IndexChange(nextSequence(), itemType, itemId);
        changes.insert(change);
        return change;
    }

    public List<IndexChange> after(long sequence, int max) {
        return changes.findBySequenceGreaterThanOrderBySequenceAsc(sequence, Limit.of(max));
    }

    /** The newest sequence handed out so far; 0 when none. */
    public long latest() {
        Document counter = store.database().getCollection("counters").find(eq("_id", COUNTER)).first();
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }

    /** Atomic in the store, so two portal nodes never hand out the same number. */
    private long nextSequence() {
        Document counter = store.database().getCollection("counters").findOneAndUpdate(eq("_id", COUNTER),
                Updates.inc("value", 1L), new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("value")).longValue();
    }
}
