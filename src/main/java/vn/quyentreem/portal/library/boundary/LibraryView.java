package vn.quyentreem.portal.library.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.library.control.DocumentDetails;
import vn.quyentreem.portal.library.control.Library;
import vn.quyentreem.portal.library.entity.LibraryDocument;

import java.util.List;
import java.util.Map;

/** The library page, /thu-vien: training documents, filtered by topic, audience and year with a plain GET form. */
@Named
@RequestScoped
public class LibraryView {

    @Inject
    Library library;

    private String topic;
    private String audience;
    private String year;
    private List<LibraryDocument> documents;
    private List<Integer> years;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        topic = params.get("chu-de");
        audience = params.get("doi-tuong");
        year = params.get("nam");
        documents = library.published(topic, audience, year);
        years = library.published(null, null, null).stream().map(LibraryDocument::getYear).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public List<String> getTopics() { return DocumentDetails.TOPICS; }
    public List<String> getAudiences() { return DocumentDetails.AUDIENCES; }
    public List<Integer> getYears() { return years; }
    public List<LibraryDocument> getDocuments() { return documents; }
    public String getTopic() { return topic; }
    public String getAudience() { return audience; }
    public String getYear() { return year; }
}
