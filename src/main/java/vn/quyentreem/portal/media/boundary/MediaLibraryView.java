package vn.quyentreem.portal.media.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.media.control.MediaLibrary;
import vn.quyentreem.portal.media.entity.MediaItem;
import vn.quyentreem.portal.site.FacesMessages;

import java.util.List;

/** The media library page: upload an image with its description, and browse what is there. */
@Named
@RequestScoped
public class MediaLibraryView {

    static final int SHOWN = 60;

    @Inject
    MediaLibrary library;

    @Inject
    CurrentUser currentUser;

    private Part file;
    private String alt;
    private MediaItem uploaded;

    public void upload() {
        try {
            byte[] content = Uploads.image(file);
            uploaded = library.upload(content, file == null ? null : file.getSubmittedFileName(), alt,
                    currentUser.account().orElseThrow());
            FacesMessages.info("Đã tải ảnh lên: " + uploaded.getUrl());
            alt = null;
        } catch (MediaLibrary.Refused e) {
            FacesMessages.refused(e, FacesMessages.inputs("tai-len", "file", "tep", "alt", "mo-ta"));
        }
    }

    public List<MediaItem> getItems() {
        return library.latest(SHOWN);
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getAlt() { return alt; }
    public void setAlt(String alt) { this.alt = alt; }
    public MediaItem getUploaded() { return uploaded; }
}
