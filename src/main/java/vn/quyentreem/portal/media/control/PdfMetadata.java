package vn.quyentreem.portal.media.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A child's PDF without what identifies its maker: the document information (Author, Title, Creator…), the XMP
 * packets of the document and its pages, private application data, attachments and scripts. Word and the school's
 * scanner fill these with the child's name and the school, and the gallery and the judges (whose view is anonymous)
 * receive the file itself. The document is written anew from its object graph, so earlier revisions kept by
 * incremental saves go too; it is written uncompressed so what is left can be checked by eye.
 */
final class PdfMetadata {

    private PdfMetadata() {
    }

    /** Whether a stored PDF still has any of what {@link #stripped} takes out. */
    static boolean carriesMetadata(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            boolean pages = false;
            for (PDPage page : document.getPages()) {
                pages |= page.getMetadata() != null || page.getCOSObject().containsKey(COSName.PIECE_INFO);
            }
            PDDocumentNameDictionary names = catalog.getNames();
            return pages || document.getDocumentInformation().getCOSObject().size() > 0 || catalog.getMetadata() != null
                    || catalog.getCOSObject().containsKey(COSName.PIECE_INFO) || catalog.getCOSObject().containsKey(COSName.OPEN_ACTION)
                    || names != null && (names.getEmbeddedFiles() != null || names.getJavaScript() != null)
                    || document.isEncrypted();
        } catch (IOException | RuntimeException e) {
            return false; // unreadable files are left as they are; serving them is the feature's business
        }
    }

    static byte[] stripped(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            // a PDF opened with the empty password is saved decrypted; one needing a password never opens
            document.setAllSecurityToBeRemoved(true);
            document.setDocumentInformation(new PDDocumentInformation());
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setMetadata(null);
            catalog.getCOSObject().removeItem(COSName.PIECE_INFO);
            PDDocumentNameDictionary names = catalog.getNames();
            if (names != null) {
                names.setEmbeddedFiles(null);
                names.setJavascript(null);
            }
            catalog.getCOSObject().removeItem(COSName.OPEN_ACTION);
            for (PDPage page : document.getPages()) {
                page.setMetadata(null);
                page.getCOSObject().removeItem(COSName.PIECE_INFO);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (InvalidPasswordException e) {
            throw new PrivateFiles.Refused("Tệp PDF có đặt mật khẩu: hãy gửi bản không có mật khẩu");
        } catch (IOException | RuntimeException e) {
            throw new PrivateFiles.Refused("Tệp PDF bị hỏng hoặc không đọc được");
        }
    }
}
