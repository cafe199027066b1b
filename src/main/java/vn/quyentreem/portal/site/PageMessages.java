package vn.quyentreem.portal.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of this request for the summary at the top of a form (WEB-INF/includes/messages.xhtml): each one
 * about an input links to it, and carries the id the input's {@code aria-describedby} names.
 */
@Named
@RequestScoped
public class PageMessages {

    /** One line of the summary; {@code target} is the client id of the input it is about, or null. */
    public record Line(String text, String styleClass, String target, String id) {
    }

    /**
     * Read afresh on every call: Faces asks whether the summary is rendered already while it decodes the form,
     * before the action has said anything.
     */
    public List<Line> getLines() {
        List<Line> lines = new ArrayList<>();
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            for (FacesMessage message : faces.getMessageList(clientId)) {
                boolean error = message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
                lines.add(new Line(message.getSummary(), error ? "msg-error" : "msg-info", clientId,
                        clientId == null ? null : lineId(clientId)));
            }
        }
        return lines;
    }

    /** Whether any line is an error: the summary is then announced at once (role=alert). */
    public boolean isErrors() {
        return getLines().stream().anyMatch(l -> l.styleClass().equals("msg-error"));
    }

    /** Whether some line is about one input: the summary then says to fix what is marked. */
    public boolean isLinked() {
        return getLines().stream().anyMatch(l -> l.target() != null);
    }

    static String lineId(String clientId) {
        return "loi-" + clientId;
    }
}
