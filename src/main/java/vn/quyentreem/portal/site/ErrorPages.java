package vn.quyentreem.portal.site;

import jakarta.faces.context.FacesContext;

/**
 * How a page's backing bean says "no such thing" (404) or "not for you" (403): the portal's own error page, with its
 * status, rendered in the same Faces request.
 */
public final class ErrorPages {

    private ErrorPages() {
    }

    /** Ends the current Faces request with the portal's 404 page. */
    public static void notFound() {
        renderError(404, "/404.xhtml");
    }

    /** Ends the current Faces request with the portal's 403 page: signed in, but not in a role that may. */
    public static void forbidden() {
        renderError(403, "/403.xhtml");
    }

    /**
     * Renders the error page in this Faces request, with its status. Sending the error to the container instead made
     * it render the error page, itself a Faces page, there and then on the same thread: that inner request released
     * this one's FacesContext, and the navigation that follows every view action failed on it (a logged 500 after a
     * committed 404).
     */
    private static void renderError(int status, String view) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(status);
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, view));
        faces.renderResponse();
    }
}
