package vn.quyentreem.portal.site;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

import java.io.IOException;
import java.util.Iterator;

/**
 * A form posted without a view state this session issued — expired, or forged on another site — is refused
 * before anything runs, and the person gets a page that says so instead of a server error.
 */
public class RefusedFormHandler extends ExceptionHandlerWrapper {

    public static final String PAGE = "/het-han.xhtml";

    public RefusedFormHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable error = events.next().getContext().getException();
            if (isRefusedForm(faces, error)) {
                events.remove();
                try {
                    faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + PAGE);
                    faces.responseComplete();
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                return;
            }
        }
        super.handle();
    }

    private static boolean isRefusedForm(FacesContext faces, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        // MyFaces fails to decode a made-up view state before it can say "expired"
        return faces.isPostback() && faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusedFormHandler(getWrapped().getExceptionHandler());
        }
    }
}
