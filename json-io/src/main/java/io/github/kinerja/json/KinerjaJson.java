package io.github.kinerja.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.kinerja.json.internal.TreeWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads and writes the kinerja JSON format: the usual entry point of json-io.
 *
 * <p>Every document starts with {@code formatVersion} ({@value #FORMAT_VERSION}) and {@code type}
 * ({@link DocumentType#code()}); numbers are exact decimals written in plain notation; dates are ISO-8601; enums
 * are stable lower-case codes. Reading goes through the core factories and builders, so what is read meets every
 * core invariant, and a document that fails yields a {@link JsonReadException} and no object.
 *
 * <pre>{@code
 * KinerjaJson json = KinerjaJson.defaults();
 * String text = json.write(skp);                          // {"formatVersion":"1.0","type":"skp-pp46",...}
 * SkpPp46 back = json.read(text, SkpPp46.class);
 * JsonDocument any = json.readDocument(text);             // any document, with its type
 * String result = json.write(Permen2021Scorer.standard().score(penilaian));
 * }</pre>
 *
 * <p>Limits, each rejected with a typed error: nesting deeper than {@value TreeReader#MAX_DEPTH} levels, numbers
 * with more than {@value TreeReader#MAX_DIGITS} digits before or after the decimal point (such as
 * {@code 1e1000000}), strings longer than {@value #MAX_STRING_LENGTH} characters.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class KinerjaJson {

    /** The format version this library writes; it reads every 1.x version up to this one. */
    public static final String FORMAT_VERSION = Documents.MAJOR + "." + Documents.MINOR;

    /** The class-path resource holding the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/kinerja/json/kinerja.schema.json";

    /** The maximum length of a string in a document, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    // Longer than any number TreeReader accepts (100 + 100 digits, a sign, a point and an exponent), so that
    // TreeReader, not Jackson, reports the usual cases with the format's own message.
    private static final int MAX_NUMBER_LENGTH = 250;

    private static final KinerjaJson DEFAULTS = new KinerjaJson(false);

    private final boolean ignoreUnknownProperties;
    private final ObjectMapper mapper;

    private KinerjaJson(boolean ignoreUnknownProperties) {
        this.ignoreUnknownProperties = ignoreUnknownProperties;
        this.mapper = newMapper(ignoreUnknownProperties);
    }

    /** Returns the reader and writer with the default settings: unknown properties are rejected. */
    public static KinerjaJson defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that rejects or ignores unknown properties. Ignoring them lets a reader accept documents of a
     * newer minor format version, whose additions it then skips.
     *
     * @param ignore  true to ignore properties the format does not define, false to reject them
     * @return the configured instance, not null
     */
    public KinerjaJson withIgnoreUnknownProperties(boolean ignore) {
        return ignore == ignoreUnknownProperties ? this : new KinerjaJson(ignore);
    }

    /** Checks if properties the format does not define are ignored instead of rejected. */
    public boolean ignoresUnknownProperties() {
        return ignoreUnknownProperties;
    }

    /**
     * Returns a new Jackson mapper with {@link KinerjaModule} and the settings of this instance, for callers that
     * embed kinerja values in their own JSON.
     *
     * @return a new mapper that the caller may configure further, not null
     */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    /**
     * Writes a value as compact JSON; a value of a {@link DocumentType} gets {@code formatVersion} and
     * {@code type}.
     *
     * @param value  a core value or a {@link JsonDocument}, not null
     * @return the JSON text, not null
     * @throws IllegalArgumentException if the value's class has no JSON form
     */
    public String write(Object value) {
        StringWriter out = new StringWriter();
        write(value, out);
        return out.toString();
    }

    /**
     * Writes a value as indented JSON, as the documentation's examples show it.
     *
     * @param value  a core value or a {@link JsonDocument}, not null
     * @return the JSON text, not null
     * @throws IllegalArgumentException if the value's class has no JSON form
     */
    public String writePretty(Object value) {
        Objects.requireNonNull(value, "value");
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = mapper.createGenerator(out).useDefaultPrettyPrinter()) {
            TreeWriter.write(tree(value), generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes a value as compact JSON to a writer, which stays open.
     *
     * @param value  a core value or a {@link JsonDocument}, not null
     * @param out  the destination, not null
     * @throws IllegalArgumentException if the value's class has no JSON form
     * @throws UncheckedIOException if the writer fails
     */
    public void write(Object value, Writer out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = mapper.createGenerator(out)) {
            TreeWriter.write(tree(value), generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a value of a known type. For a {@link DocumentType document type} the text must be a document of that
     * type; {@code Object.class} accepts any document.
     *
     * @param json  the JSON text, not null
     * @param type  the core class to read, such as {@code SkpPp46.class}, not null
     * @param <T> the core type
     * @return the value, not null
     * @throws JsonReadException if the text is not a valid value of the type
     * @throws IllegalArgumentException if the type has no JSON form of its own
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(new StringReader(json), type);
    }

    /**
     * Reads a value of a known type from a reader, which stays open.
     *
     * @param in  the JSON text, not null
     * @param type  the core class to read, not null
     * @param <T> the core type
     * @return the value, not null
     * @throws JsonReadException if the text is not a valid value of the type or cannot be read
     * @throws IllegalArgumentException if the type has no JSON form of its own
     */
    public <T> T read(Reader in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        return Documents.read(parse(in), "", true, ignoreUnknownProperties, type);
    }

    /**
     * Reads a document of any type and returns it with its type, as a command-line tool needs for a file it is given.
     *
     * @param json  the JSON text of a document, not null
     * @return the document, not null
     * @throws JsonReadException if the text is not a valid document
     */
    public JsonDocument readDocument(String json) {
        Objects.requireNonNull(json, "json");
        return readDocument(new StringReader(json));
    }

    /**
     * Reads a document of any type from a reader, which stays open.
     *
     * @param in  the JSON text of a document, not null
     * @return the document, not null
     * @throws JsonReadException if the text is not a valid document or cannot be read
     */
    public JsonDocument readDocument(Reader in) {
        Objects.requireNonNull(in, "in");
        return Documents.readDocument(parse(in), ignoreUnknownProperties);
    }

    /** Returns the reader and writer of JSON Lines batches with the settings of this instance. */
    public JsonLines lines() {
        return new JsonLines(this, JsonLines.DEFAULT_MAX_LINE_LENGTH);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the format, the text of {@link #SCHEMA_RESOURCE}.
     *
     * @return the schema, not null
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static String schema() {
        try (InputStream in = KinerjaJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource " + SCHEMA_RESOURCE + " is missing"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode parse(Reader in) {
        try (JsonParser parser = mapper.createParser(in)) {
            return TreeReader.readDocument(parser);
        } catch (IOException e) {
            throw new JsonReadException(JsonProblem.INPUT_FAILED, "", String.valueOf(e.getMessage()),
                    Expected.COMPLETE_VALUE, e);
        }
    }

    JsonNode tree(Object value) {
        if (value instanceof JsonDocument document) {
            return Documents.write(document.value(), true);
        }
        return Documents.write(value, true);
    }

    private static ObjectMapper newMapper(boolean ignoreUnknownProperties) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(TreeReader.MAX_DEPTH + 1)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new KinerjaModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !ignoreUnknownProperties)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }
}
