package vn.quyentreem.portal.site;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;

import java.util.List;
import java.util.Map;

/**
 * A message at the top of the current page, for the person who just acted: done, or why not. A problem about one
 * input is attached to that input's component, so that {@link InvalidInputs} marks it and the summary links to it.
 */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String message) {
        add(null, FacesMessage.SEVERITY_INFO, message);
    }

    public static void error(String message) {
        add(null, FacesMessage.SEVERITY_ERROR, message);
    }

    /**
     * Each problem as a message of its own, on the input the page shows for its field: {@code inputs} maps a
     * field's API name to the client id of the page's input ("familyName" → "bai:ho"); a field the page does not
     * show, or none, stays a message about the whole form.
     */
    public static void problems(List<Problem> problems, Map<String, String> inputs) {
        for (Problem problem : problems) {
            add(problem.field() == null ? null : inputs.get(problem.field()), FacesMessage.SEVERITY_ERROR, problem.message());
        }
    }

    /** One problem with one field, as {@link #problems}. */
    public static void problem(String field, String message, Map<String, String> inputs) {
        problems(List.of(new Problem(field, message)), inputs);
    }

    /** The inputs of one form: pairs of a field's API name and the input's id in the form. */
    public static Map<String, String> inputs(String form, String... fieldsAndIds) {
        Map<String, String> inputs = new java.util.HashMap<>();
        for (int i = 0; i + 1 < fieldsAndIds.length; i += 2) {
            inputs.put(fieldsAndIds[i], form + ":" + fieldsAndIds[i + 1]);
        }
        return inputs;
    }

    public static void refused(Refusal refusal, Map<String, String> inputs) {
        problems(refusal.problems(), inputs);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, message, null));
    }
}
