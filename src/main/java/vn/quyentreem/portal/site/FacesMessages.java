package vn.quyentreem.portal.site;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** A message at the top of the current page, for the person who just acted: done, or why not. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String message) {
        add(FacesMessage.SEVERITY_INFO, message);
    }

    public static void error(String message) {
        add(FacesMessage.SEVERITY_ERROR, message);
    }

    /** Each problem of a refusal that lists several ("…; …"), as a message of its own. */
    public static void errors(String problems) {
        for (String problem : problems.split("; ")) {
            error(problem);
        }
    }

    private static void add(FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
    }
}
