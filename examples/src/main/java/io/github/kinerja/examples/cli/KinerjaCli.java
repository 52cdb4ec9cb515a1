package io.github.kinerja.examples.cli;

import io.github.kinerja.json.KinerjaJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The {@code kinerja} command-line tool: {@code score} scores a workbook or JSON document, {@code convert} turns one
 * form into another, {@code template} writes an empty form and {@code schema} prints the JSON Schema of the format.
 *
 * <p>Exit codes: {@value #EXIT_OK} on success, {@value #EXIT_INPUT_ERROR} when the input cannot be read or scored,
 * {@value #EXIT_USAGE} when the command line itself is wrong. Errors are one line on standard error, without a stack
 * trace.
 */
public final class KinerjaCli {

    /** The exit code of a successful run. */
    public static final int EXIT_OK = 0;

    /** The exit code when the input file cannot be read or scored. */
    public static final int EXIT_INPUT_ERROR = 1;

    /** The exit code when the command line is wrong. */
    public static final int EXIT_USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    /**
     * Creates a tool that writes to the given streams.
     *
     * @param out  where results go, not null
     * @param err  where error messages go, not null
     */
    public KinerjaCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args  the command line, not null
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new KinerjaCli(out, err).run(args));
    }

    /**
     * Runs one command line.
     *
     * @param args  the command line, not null
     * @return the exit code
     */
    public int run(String[] args) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (UsageException e) {
            return usageError(e.userMessage(), e.locale());
        }

        Locale locale = arguments.locale();
        if (!arguments.command().equals("template") && !arguments.optionNames().isEmpty()) {
            String option = arguments.optionNames().iterator().next();
            return usageError(Messages.format(locale, "usage.optionNotForCommand", option, arguments.command()),
                    locale);
        }
        return switch (arguments.command()) {
            case "help" -> {
                out.println(Messages.format(locale, "help"));
                yield EXIT_OK;
            }
            case "version" -> {
                out.println("kinerja " + version());
                yield EXIT_OK;
            }
            case "score" -> new ScoreCommand(out, err).run(arguments);
            case "convert" -> new ConvertCommand(out, err).run(arguments);
            case "template" -> new TemplateCommand(out, err).run(arguments);
            case "schema" -> schema(arguments);
            default -> usageError(Messages.format(locale, "usage.unknownCommand", arguments.command()), locale);
        };
    }

    private int schema(CliArguments arguments) {
        if (!arguments.operands().isEmpty()) {
            return usageError(Messages.format(arguments.locale(), "schema.usage"), arguments.locale());
        }
        out.println(KinerjaJson.schema());
        return EXIT_OK;
    }

    private int usageError(String message, Locale locale) {
        err.println(message + "; " + Messages.format(locale, "usage.seeHelp"));
        return EXIT_USAGE;
    }

    private static String version() {
        String version = KinerjaCli.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
