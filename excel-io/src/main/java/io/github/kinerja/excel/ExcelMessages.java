package io.github.kinerja.excel;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The message bundle of the excel-io module: English in the base bundle, Indonesian for locale {@code id}. */
final class ExcelMessages {

    /** The base name of the bundle, as findings and exceptions refer to it. */
    static final String BUNDLE = "io.github.kinerja.excel.Messages";

    private ExcelMessages() {}

    /** Renders the message of {@code code} in the language of {@code locale}, English unless it is {@code id}. */
    static String format(String code, Locale locale, List<String> arguments) {
        String pattern;
        try {
            ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, locale, ExcelMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            pattern = messages.getString(code);
        } catch (MissingResourceException e) {
            return code + " " + arguments;
        }
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }
}
