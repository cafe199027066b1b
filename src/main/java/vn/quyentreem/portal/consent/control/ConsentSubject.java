package vn.quyentreem.portal.consent.control;

import java.util.List;
import java.util.Optional;

/**
 * A feature whose submissions wait for a guardian (contest entries, award nominations) shows the guardian what the
 * child sent, on the consent page, without the consent feature depending on it.
 */
public interface ConsentSubject {

    /** A line of the preview: what it is, and what the child wrote. */
    record Line(String label, String value) {
    }

    /** The preview of the subject, if it is one of this feature's and still there. */
    Optional<List<Line>> preview(String subjectType, String subjectId);
}
