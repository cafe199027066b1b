package vn.quyentreem.portal.consent.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.media.control.PrivateFiles;
import vn.quyentreem.portal.media.entity.PrivateFile;
import vn.quyentreem.portal.platform.Problem;

import java.util.List;
import java.util.Optional;

/**
 * What contest entries and award nominations share as submissions about a child, so that both check and erase a
 * child's data the same way. The record itself (an entry, a nomination) belongs to its feature, which blanks its
 * own fields; what lives around it, in other modules, is erased here.
 */
@ApplicationScoped
public class ChildSubmissions {

    static final String ERASED = GuardianConsentFlow.ERASED;

    @Inject
    GuardianConsentFlow consents;

    @Inject
    PrivateFiles files;

    @Inject
    Judging judging;

    @Inject
    Mailer mailer;

    /**
     * The guardian's address as the form's {@code guardianEmail} field is refused, checked before anything is
     * stored: a child cannot name their own mailbox to consent for themselves.
     */
    public Optional<Problem> guardianProblem(String guardianEmail, Account sender) {
        return consents.guardianProblem(guardianEmail, sender).map(message -> new Problem("guardianEmail", message));
    }

    /**
     * A submission about a child was withdrawn (by its sender or the guardian): its files leave the disk, the
     * judges' cards and conflicts go, a pending consent link stops working and the consent record keeps only the
     * proof, and the sender's copies of the portal's mails lose the words that named the child or the work.
     */
    public void eraseAround(String subjectId, List<PrivateFile> stored, String senderMailbox, List<String> naming) {
        files.delete(stored);
        judging.forget(subjectId);
        consents.close(subjectId);
        mailer.erase(senderMailbox, naming, ERASED);
    }
}
