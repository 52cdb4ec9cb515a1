package io.github.kinerja.excel;

import java.util.List;

/**
 * A workbook that opens but whose sheets hold none of the supported forms.
 *
 * <p>The message names the sheets that were searched and the headers that were expected, so that a user can see
 * whether the wrong file was chosen or the form's headers were changed.
 */
public final class UnsupportedLayoutException extends WorkbookReadException {

    private static final long serialVersionUID = 1L;

    private final List<String> sheetsSearched;
    private final List<String> headersExpected;

    UnsupportedLayoutException(String fileName, List<String> sheetsSearched, List<String> headersExpected) {
        super(Reason.UNSUPPORTED_LAYOUT, "excel.layout.unsupported", fileName, null, null, null,
                String.join(", ", sheetsSearched), String.join("; ", headersExpected));
        this.sheetsSearched = List.copyOf(sheetsSearched);
        this.headersExpected = List.copyOf(headersExpected);
    }

    /** Returns the names of the sheets that were searched, in workbook order. */
    public List<String> sheetsSearched() {
        return sheetsSearched;
    }

    /** Returns the header combinations that would have identified a supported form. */
    public List<String> headersExpected() {
        return headersExpected;
    }
}
