package vn.quyentreem.portal.library.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.library.control.DocumentDetails;
import vn.quyentreem.portal.library.control.Library;
import vn.quyentreem.portal.library.control.TextExtraction;
import vn.quyentreem.portal.library.entity.LibraryDocument;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Editors add training documents with their details; what was typed stays when a file is refused. */
@Named
@RequestScoped
public class DocumentUploadView {

    @Inject
    Library library;

    @Inject
    CurrentUser currentUser;

    private Part file;
    private String title;
    private String summary;
    private String topic;
    private String audience;
    private String year;
    private String source = "Hội Bảo vệ quyền trẻ em Việt Nam";
    private boolean membersOnly;
    private boolean draft;

    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!currentUser.isEditor()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Chỉ biên tập viên được thêm tài liệu.", null));
            return;
        }
        if (file == null || file.getSize() == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Hãy chọn tệp tài liệu.", null));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            LibraryDocument d = library.add(in.readNBytes((int) TextExtraction.MAX_FILE_BYTES + 1),
                    file.getSubmittedFileName(), new DocumentDetails(title, summary, topic, audience, year, source, membersOnly),
                    draft, currentUser.getUsername());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, (draft ? "Đã lưu nháp tài liệu: "
                    : "Đã đăng tài liệu: ") + d.getTitle(), null));
            title = summary = null;
        } catch (TextExtraction.Refused e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (IOException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Không đọc được tệp gửi lên.", null));
        }
    }

    public List<String> getTopics() { return DocumentDetails.TOPICS; }
    public List<String> getAudiences() { return DocumentDetails.AUDIENCES; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public boolean isMembersOnly() { return membersOnly; }
    public void setMembersOnly(boolean membersOnly) { this.membersOnly = membersOnly; }
    public boolean isDraft() { return draft; }
    public void setDraft(boolean draft) { this.draft = draft; }
}
