package vn.quyentreem.portal.content;

import jakarta.faces.context.FacesContext;
import vn.quyentreem.portal.platform.Refusal;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The desk page where editors write what a contest or an award programme is, as the front matter and Markdown of
 * content/ (read by {@link DefinitionReader}): with {@code ?slug=} one piece's definition, without it a template
 * for a new one. The text stays as typed across refused saves, so a problem is fixed, not retyped.
 *
 * @param <T> the piece a definition describes
 */
public abstract class DefinitionDesk<T> implements Serializable {

    private final String template;
    private String slug;
    private String definition;
    private T piece;

    /** {@code template}: what a new piece's form starts from. */
    protected DefinitionDesk(String template) {
        this.template = template;
    }

    /** Editors only; the page's other readers get a 403. */
    protected abstract boolean mayEdit();

    protected abstract Optional<T> bySlug(String slug);

    protected abstract String definitionOf(T piece);

    public void load() {
        if (!mayEdit()) {
            ErrorPages.forbidden();
            return;
        }
        if (definition != null) {
            return;
        }
        if (slug != null && !slug.isBlank()) {
            piece = bySlug(slug).orElse(null);
            if (piece == null) {
                ErrorPages.notFound();
                return;
            }
            definition = definitionOf(piece);
        } else {
            definition = template;
        }
    }

    /** A step of the desk: a refusal is shown on the page with its problems, and the form keeps what was typed. */
    protected void step(Runnable action) {
        try {
            action.run();
        } catch (Refusal e) {
            FacesMessages.refused(e, Map.of());
        }
    }

    protected static void redirect(String path) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected T piece() {
        return piece;
    }

    protected void piece(T piece) {
        this.piece = piece;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
}
