package vn.quyentreem.portal.consent.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.boundary.SignedInPages;
import vn.quyentreem.portal.consent.control.ConsentSubject;
import vn.quyentreem.portal.consent.control.ConsentText;
import vn.quyentreem.portal.consent.control.GuardianConsentFlow;
import vn.quyentreem.portal.consent.entity.ConsentStatus;
import vn.quyentreem.portal.consent.entity.GuardianConsent;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * The page a guardian's e-mail links to, /phu-huynh/dong-y.xhtml?ma=…: consent, decline, or withdraw later. A
 * signed-in guardian reaches the same page by the entry or nomination, ?bai=…, without the mail: the account's own
 * mailbox is where the request went.
 */
@Named
@ViewScoped
public class ConsentView implements Serializable {

    @Inject
    transient GuardianConsentFlow flow;

    private String token;
    private String subjectId;
    private GuardianConsent consent;
    private String guardianName;
    private boolean showFullName;
    private boolean showSchool;
    private boolean confirmWithdrawal;
    private boolean justDecided;

    @Inject
    transient jakarta.enterprise.inject.Instance<ConsentSubject> subjects;

    @Inject
    transient CurrentUser currentUser;

    public void load() {
        if (token == null && subjectId != null && !currentUser.isSignedIn()) {
            SignedInPages.sendToSignIn();
            return;
        }
        consent = token != null ? flow.byToken(token).orElse(null)
                : currentUser.account().flatMap(account -> flow.forGuardian(subjectId, account)).orElse(null);
    }

    public void agree() {
        decide(true);
    }

    public void decline() {
        decide(false);
    }

    public void withdraw() {
        if (!confirmWithdrawal) {
            FacesMessages.problem("confirm", "Hãy đánh dấu ô xác nhận trước khi rút lại sự đồng ý",
                    FacesMessages.inputs("rut-lai", "confirm", "chac-chan"));
            return;
        }
        try {
            consent = flow.withdraw(consent, address());
            justDecided = true;
        } catch (GuardianConsentFlow.Refused e) {
            FacesMessages.error(e.getMessage());
        }
    }

    private void decide(boolean agree) {
        try {
            consent = flow.decide(consent, agree, guardianName, showFullName, showSchool, address());
            justDecided = true;
        } catch (GuardianConsentFlow.Refused e) {
            FacesMessages.refused(e, FacesMessages.inputs("y-kien", "guardianName", "ho-ten"));
        }
    }

    private static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    /** What the child sent, shown while the guardian may still decide or withdraw. */
    public List<ConsentSubject.Line> getPreview() {
        if (consent == null || consent.status() == vn.quyentreem.portal.consent.entity.ConsentStatus.WITHDRAWN) {
            return List.of();
        }
        for (ConsentSubject subject : subjects) {
            var lines = subject.preview(consent.getSubjectType(), consent.getSubjectId());
            if (lines.isPresent()) {
                return lines.get();
            }
        }
        return List.of();
    }

    /** The month the wording was last changed, read from its version ("du-thi-2026-11" → "11/2026"). */
    public String getTextMonth() {
        String[] parts = getText().version().split("-");
        return parts.length >= 2 ? parts[parts.length - 1] + "/" + parts[parts.length - 2] : getText().version();
    }

    public boolean isJustDecided() {
        return justDecided;
    }

    public ConsentText getText() {
        return ConsentText.forSubject(consent == null ? null : consent.getSubjectType());
    }

    public boolean isOpen() {
        return consent != null && (consent.status() == ConsentStatus.PENDING || consent.status() == ConsentStatus.DECLINED);
    }

    public boolean isGiven() {
        return consent != null && consent.status() == ConsentStatus.GIVEN;
    }

    /** Signed in: the entrant's own page, not the mail, is where the guardian came from. */
    public boolean isSignedInGuardian() {
        return token == null && consent != null;
    }

    public String getToken() { return token; }
    public String getSubjectId() { return subjectId; }
    public void setSubjectId(String subjectId) { this.subjectId = subjectId; }
    public void setToken(String token) { this.token = token; }
    public GuardianConsent getConsent() { return consent; }
    public String getGuardianName() { return guardianName; }
    public void setGuardianName(String guardianName) { this.guardianName = guardianName; }
    public boolean isShowFullName() { return showFullName; }
    public void setShowFullName(boolean showFullName) { this.showFullName = showFullName; }
    public boolean isShowSchool() { return showSchool; }
    public void setShowSchool(boolean showSchool) { this.showSchool = showSchool; }
    public boolean isConfirmWithdrawal() { return confirmWithdrawal; }
    public void setConfirmWithdrawal(boolean confirmWithdrawal) { this.confirmWithdrawal = confirmWithdrawal; }
}
