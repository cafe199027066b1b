package vn.quyentreem.portal.site;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Marks the public views (those at the top level of the web app) transient as soon as they are created.
 * MyFaces decides whether to open a session before the page's own f:view is read, so without this every
 * anonymous reader would get a session cookie.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isPublic(viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    static boolean isPublic(String viewId) {
        return viewId != null && viewId.lastIndexOf('/') == 0;
    }
}
