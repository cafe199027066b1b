package vn.quyentreem.portal.site;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PreRenderComponentEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import java.util.Map;

/**
 * Marks every input that has an error message, whichever page it is on: {@code aria-invalid="true"}, which the
 * style sheet also draws (WCAG 3.3.1), and {@code aria-describedby} naming its line in the message summary
 * ({@link PageMessages}) so that the reason is read with the field. A stateful view keeps its components between
 * requests, so the mark is taken off again once the input is fixed. Registered in faces-config.xml; on a page
 * without messages it does nothing.
 */
public class InvalidInputs implements SystemEventListener {

    /** The input's own aria-describedby before it was marked ("" when it had none). */
    private static final String MARKED = InvalidInputs.class.getName();

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (!(event instanceof PreRenderComponentEvent)) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        UIInput input = (UIInput) event.getSource();
        Map<String, Object> attributes = input.getAttributes();
        boolean marked = attributes.containsKey(MARKED);
        if (faces.getMessageList().isEmpty() && !marked) {
            return;
        }
        Map<String, Object> passThrough = input.getPassThroughAttributes();
        if (marked) {
            Object own = attributes.remove(MARKED);
            passThrough.remove("aria-invalid");
            if ("".equals(own)) {
                passThrough.remove("aria-describedby");
            } else {
                passThrough.put("aria-describedby", own);
            }
        }
        String clientId = input.getClientId(faces);
        boolean invalid = faces.getMessageList(clientId).stream()
                .anyMatch(m -> m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0);
        if (invalid) {
            Object own = passThrough.get("aria-describedby");
            attributes.put(MARKED, own == null ? "" : own);
            String line = PageMessages.lineId(clientId);
            Object text = own instanceof ValueExpression expression ? expression.getValue(faces.getELContext()) : own;
            passThrough.put("aria-invalid", "true");
            passThrough.put("aria-describedby", text == null || text.toString().isBlank() ? line : line + " " + text);
        }
    }
}
