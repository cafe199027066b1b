package vn.quyentreem.portal.articles.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.quyentreem.portal.articles.entity.Section;

import java.util.List;

/** The section menu every public page shows. */
@Named("sections")
@ApplicationScoped
public class SectionNavigation {

    public List<Section> getAll() {
        return List.of(Section.values());
    }
}
