package vn.quyentreem.portal.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;

/**
 * The H2 backend of mongo-java-server, made to keep what it acknowledges.
 * As shipped it commits in the background once a second and ignores the client's write concern,
 * so a killed process lost acknowledged writes; committing before every reply closes that window.
 */
class DurableH2Backend extends H2Backend {

    private final MVStore store;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    static DurableH2Backend open(Path file) {
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .compress()
                .open();
        // without this, old chunks are kept around and the file grows by hundreds of MB under writes
        store.setRetentionTime(0);
        return new DurableH2Backend(store);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            // commit() reaches the file before the reply leaves: it survives kill -9 (not a power cut, which needs sync())
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        }
    }
}
