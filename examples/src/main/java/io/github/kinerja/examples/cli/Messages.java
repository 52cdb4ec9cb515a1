package io.github.kinerja.examples.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the command-line tool, English in the base bundle and Indonesian for {@code id}.
 */
final class Messages {

    /** The language used when {@code --lang} is not given: the tool's first users work in Indonesian. */
    static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("id");

    private static final String BUNDLE = "io.github.kinerja.examples.cli.Messages";

    private Messages() {}

    /**
     * Returns the text for {@code key} with its arguments filled in.
     *
     * @param locale  the language, not null
     * @param key  the message key, not null
     * @param arguments  the values for the placeholders, not null
     * @return the formatted text, not null
     */
    static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
