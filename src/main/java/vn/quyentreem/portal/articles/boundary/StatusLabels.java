package vn.quyentreem.portal.articles.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;

/** Vietnamese names of workflow states, for views. */
@Named("statuses")
@ApplicationScoped
public class StatusLabels {

    public String label(PublicationStatus status) {
        return EditorDashboard.statusLabel(status);
    }
}
