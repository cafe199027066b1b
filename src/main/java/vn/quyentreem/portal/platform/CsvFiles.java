package vn.quyentreem.portal.platform;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/**
 * CSV that a spreadsheet opens correctly: UTF-8 with a byte-order mark (Excel reads Vietnamese right only with it),
 * CRLF lines, quoted fields, and cells that a spreadsheet would take for a formula made inert.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** A printer over the writer, the mark and the header written. Not closed here: the caller owns the writer. */
    public static CSVPrinter open(Writer out, String... header) throws IOException {
        out.write('\uFEFF');
        return new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(header).get());
    }

    /** A leading =, +, - or @ makes a spreadsheet evaluate the cell; an apostrophe keeps it text. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
