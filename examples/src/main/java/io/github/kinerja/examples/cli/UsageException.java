package io.github.kinerja.examples.cli;

import java.util.Locale;

/**
 * Signals a command line the tool cannot run: an unknown command or option, or a missing or invalid value.
 */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String userMessage;
    private final Locale locale;

    /**
     * Creates the exception.
     *
     * @param userMessage  the one-line message, already in {@code locale}, not null
     * @param locale  the language of the message, not null
     */
    UsageException(String userMessage, Locale locale) {
        super(userMessage);
        this.userMessage = userMessage;
        this.locale = locale;
    }

    /** Returns the one-line message in the user's language. */
    String userMessage() {
        return userMessage;
    }

    /** Returns the language of the message. */
    Locale locale() {
        return locale;
    }
}
