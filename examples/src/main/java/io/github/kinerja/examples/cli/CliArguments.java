package io.github.kinerja.examples.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line of the {@code kinerja} tool: a command, its operands and the common options.
 */
final class CliArguments {

    /** The output formats of {@code score}. */
    enum Format {
        TEXT,
        JSON
    }

    /** The options that take a value and that only some commands use; each command checks its own. */
    private static final List<String> COMMAND_OPTIONS = List.of("--form", "--year", "--rows");

    private final String command;
    private final List<String> operands;
    private final Format format;
    private final Locale locale;
    private final Map<String, String> options;

    private CliArguments(String command, List<String> operands, Format format, Locale locale,
            Map<String, String> options) {
        this.command = command;
        this.operands = List.copyOf(operands);
        this.format = format;
        this.locale = locale;
        this.options = Map.copyOf(options);
    }

    /**
     * Parses the arguments of {@code main}.
     *
     * @param args  the raw arguments, not null
     * @return the parsed arguments; the command is {@code help} when none was given
     * @throws UsageException if an option is unknown or lacks its value, or a value is invalid
     */
    static CliArguments parse(String[] args) throws UsageException {
        String command = null;
        List<String> operands = new ArrayList<>();
        Format format = Format.TEXT;
        Locale locale = Messages.DEFAULT_LOCALE;
        Locale messageLocale = languageFromArguments(args);
        Map<String, String> options = new LinkedHashMap<>();

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--format") || arg.startsWith("--format=")) {
                String value = optionValue(args, i, "--format", messageLocale);
                if (!arg.contains("=")) {
                    i++;
                }
                format = parseFormat(value, messageLocale);
            } else if (arg.equals("--lang") || arg.startsWith("--lang=")) {
                String value = optionValue(args, i, "--lang", messageLocale);
                if (!arg.contains("=")) {
                    i++;
                }
                locale = parseLanguage(value, messageLocale);
            } else if (commandOption(arg).isPresent()) {
                String option = commandOption(arg).get();
                String value = optionValue(args, i, option, messageLocale);
                if (!arg.contains("=")) {
                    i++;
                }
                options.put(option, value);
            } else if (arg.equals("--help") || arg.equals("-h")) {
                command = "help";
            } else if (arg.equals("--version")) {
                command = "version";
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                throw new UsageException(Messages.format(messageLocale, "usage.unknownOption", arg), messageLocale);
            } else if (command == null) {
                command = arg;
            } else {
                operands.add(arg);
            }
        }
        return new CliArguments(command == null ? "help" : command, operands, format, locale, options);
    }

    private static Optional<String> commandOption(String arg) {
        return COMMAND_OPTIONS.stream().filter(o -> arg.equals(o) || arg.startsWith(o + "=")).findFirst();
    }

    /** Finds {@code --lang} early, so that errors about other options are already in the requested language. */
    private static Locale languageFromArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            }
            if (value != null && (value.equals("id") || value.equals("en"))) {
                return Locale.forLanguageTag(value);
            }
        }
        return Messages.DEFAULT_LOCALE;
    }

    private static String optionValue(String[] args, int index, String option, Locale locale) throws UsageException {
        String arg = args[index];
        if (arg.startsWith(option + "=")) {
            return arg.substring(option.length() + 1);
        }
        // A following option, such as "--form --lang en", means the value was left out.
        if (index + 1 >= args.length || args[index + 1].startsWith("--")) {
            throw new UsageException(Messages.format(locale, "usage.missingValue", option), locale);
        }
        return args[index + 1];
    }

    private static Format parseFormat(String value, Locale locale) throws UsageException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "json" -> Format.JSON;
            default -> throw new UsageException(Messages.format(locale, "usage.invalidFormat", value), locale);
        };
    }

    private static Locale parseLanguage(String value, Locale locale) throws UsageException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "id" -> Locale.forLanguageTag("id");
            case "en" -> Locale.ENGLISH;
            default -> throw new UsageException(Messages.format(locale, "usage.invalidLanguage", value), locale);
        };
    }

    /** Returns the command, {@code help} when none was given. */
    String command() {
        return command;
    }

    /** Returns the operands after the command, in order. */
    List<String> operands() {
        return operands;
    }

    /** Returns the single file operand of commands that take one. */
    Optional<Path> singleFile() {
        return operands.size() == 1 ? Optional.of(Paths.get(operands.get(0))) : Optional.empty();
    }

    /** Returns the output format. */
    Format format() {
        return format;
    }

    /**
     * Returns the value of a command option such as {@code --rows}, if given.
     *
     * @param name  the option with its dashes, not null
     * @return the value, or empty, not null
     */
    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** Returns the command options given, such as {@code --rows}, for commands to reject those they do not take. */
    Set<String> optionNames() {
        return options.keySet();
    }

    /** Returns the language of the output. */
    Locale locale() {
        return locale;
    }
}
