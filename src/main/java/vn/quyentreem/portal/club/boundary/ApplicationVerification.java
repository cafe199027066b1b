package vn.quyentreem.portal.club.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.club.control.ClubAdmissions;
import vn.quyentreem.portal.club.entity.ClubApplication;

/** The page the confirmation e-mail links to: opening it confirms the address, once. */
@Named
@RequestScoped
public class ApplicationVerification {

    @Inject
    ClubAdmissions admissions;

    private ClubApplication application;

    public void verify(String token) {
        application = admissions.verify(token).orElse(null);
    }

    public ClubApplication getApplication() {
        return application;
    }
}
