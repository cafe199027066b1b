package vn.quyentreem.portal.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as Vietnamese write them: a decimal comma and a dot between thousands ("1.234,5"), for the pages. */
@Named("numbers")
@ApplicationScoped
public class Numbers {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** At most two decimals, none when the number is whole: 86,4 · 77,33 · 90. */
    public String decimal(double value) {
        // NumberFormat is not thread-safe, and is cheap to make next to rendering a page
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
