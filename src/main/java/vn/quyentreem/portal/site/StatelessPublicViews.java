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

    /**
     * Account pages an anonymous visitor may open that hold a form only for someone signed in (the sign-out page);
     * the page's own f:view makes them stateful again then.
     */
    private static final java.util.Set<String> PUBLIC_UNTIL_SIGNED_IN = java.util.Set.of("/tai-khoan/dang-xuat.xhtml");

    static boolean isPublic(String viewId) {
        return viewId != null && (viewId.lastIndexOf('/') == 0 || PUBLIC_UNTIL_SIGNED_IN.contains(viewId));
    }
}
