package vn.quyentreem.portal.store;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentManager;
import org.eclipse.jnosql.mapping.Database;
import org.eclipse.jnosql.mapping.DatabaseType;

/**
 * Hands JNoSQL the portal's own connection. Without it JNoSQL builds one from jnosql.mongodb.url,
 * which cannot know the port the embedded server picked. The class is the alternative, as JNoSQL expects.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class DocumentManagerProducer {

    @Inject
    Store store;

    @Produces
    @ApplicationScoped
    @Default
    @Database(DatabaseType.DOCUMENT)
    MongoDBDocumentManager manager() {
        return store.documentManager();
    }
}
