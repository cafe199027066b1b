package vn.quyentreem.portal.contests.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.contests.control.ContestRefusal;
import vn.quyentreem.portal.contests.control.Voting;

import java.io.Serializable;

/**
 * /du-thi/xac-nhan-binh-chon.xhtml?ma=…: the voter confirms with a button, not by merely opening the link, so a mail
 * program that opens links to scan them cannot vote for anyone.
 */
@Named
@ViewScoped
public class VoteConfirmationView implements Serializable {

    @Inject
    transient Voting voting;

    private String token;
    private String code;
    private String error;

    public void confirm() {
        try {
            code = voting.confirm(token).code();
        } catch (ContestRefusal e) {
            error = e.getMessage();
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getCode() { return code; }
    public String getError() { return error; }
}
