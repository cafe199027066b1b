package vn.quyentreem.portal.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** The portal is neither ready nor alive without its store: both probes ping it. */
@Readiness
@Liveness
@ApplicationScoped
public class StoreHealth implements HealthCheck {

    @Inject
    Store store;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("store")
                .status(store.ping())
                .withData("kind", store.embedded() ? "embedded" : "mongodb")
                .build();
    }
}
