package vn.quyentreem.portal.store;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/** The indexes the portal's queries and uniqueness rules rely on; creating an existing one is a no-op. */
final class StoreIndexes {

    private StoreIndexes() {
    }

    /** Unique indexes always; the others only on a real MongoDB (the embedded server scans, and warns about them). */
    static void ensure(MongoDatabase db, boolean embedded) {
        var articles = db.getCollection("articles");
        articles.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true));
        var members = db.getCollection("club_members");
        members.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true));
        members.createIndex(Indexes.ascending("username"), new IndexOptions().unique(true));
        // every API call with a token looks its hash up
        db.getCollection("api_tokens").createIndex(Indexes.ascending("tokenHash"), new IndexOptions().unique(true));
        // the vote ledger's chain: two lines never share a number, whichever nodes append them
        db.getCollection("contest_votes").createIndex(Indexes.ascending("sequence"), new IndexOptions().unique(true));
        if (embedded) {
            return;
        }
        articles.createIndex(Indexes.ascending("status", "publishedAt"));
        articles.createIndex(Indexes.ascending("section"));
        articles.createIndex(Indexes.ascending("tags"));
    }
}
