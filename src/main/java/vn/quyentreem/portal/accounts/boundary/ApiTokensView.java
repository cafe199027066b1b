package vn.quyentreem.portal.accounts.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.accounts.control.AccountAdministration;
import vn.quyentreem.portal.accounts.control.ApiTokenService;
import vn.quyentreem.portal.accounts.entity.ApiToken;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * /tai-khoan/ma-truy-cap.xhtml: the signed-in person makes, sees and revokes their own API tokens. The rows are read
 * once per view, so a button acts on the token its row showed even if the list changed meanwhile elsewhere.
 */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

    /** The secret lives in this one request's answer, not in the view kept in the session. */
    private static final String NEW_SECRET = "portal.newApiToken";

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ApiTokenService tokens;

    private List<ApiToken> rows;
    private String name;

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // the page shows a secret once: no cache, proxy or back button may keep it
        ((HttpServletResponse) external.getResponse()).setHeader("Cache-Control", "no-store");
        if (!currentUser.isSignedIn()) {
            SignedInPages.sendToSignIn();
            return;
        }
        if (rows == null) {
            reload();
        }
    }

    public void create() {
        try {
            ApiTokenService.Issued issued = tokens.create(currentUser.account().orElseThrow(), name);
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(NEW_SECRET, issued.secret());
            FacesMessages.info("Đã tạo mã “" + issued.token().getName() + "”. Hãy chép mã ngay: nó chỉ hiện một lần này.");
            name = null;
        } catch (AccountAdministration.Refused e) {
            FacesMessages.error(e.getMessage());
        }
        reload();
    }

    public void revoke(ApiToken token) {
        try {
            tokens.revoke(currentUser.account().orElseThrow(), token.getId());
            FacesMessages.info("Đã thu hồi mã “" + token.getName() + "”: từ giờ mọi yêu cầu dùng nó đều bị từ chối.");
        } catch (AccountAdministration.Refused e) {
            FacesMessages.error("Mã “" + token.getName() + "” đã được thu hồi trước đó.");
        }
        reload();
    }

    private void reload() {
        rows = tokens.of(currentUser.account().orElseThrow());
    }

    public String getNewSecret() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(NEW_SECRET);
    }

    public List<ApiToken> getTokens() { return rows; }
    public int getMaxLive() { return ApiTokenService.MAX_LIVE; }
    public int getMaxName() { return ApiTokenService.MAX_NAME; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
