package io.github.kinerja.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.annotation.Nullable;

/**
 * Reads and writes JSON Lines batches: one document on each line, such as one SKP per employee of an office.
 *
 * <p>Reading is a lazy stream over the input, so memory stays constant whatever the number of lines: only the line
 * being read is held. A line that cannot be read becomes a {@link JsonLine} with its error and line number, and
 * the lines after it are still read; {@link #readFailFast(Reader)} stops at the first bad line instead. Lines that
 * hold only white space are skipped but counted, so line numbers match an editor's. A line longer than
 * {@link #maxLineLength()} characters is reported without being held in memory.
 *
 * <pre>{@code
 * JsonLines lines = KinerjaJson.defaults().lines();
 * try (Reader in = Files.newBufferedReader(path); Stream<JsonLine> batch = lines.read(in)) {
 *     batch.forEach(line -> line.error().ifPresentOrElse(
 *             e -> report(e.message(locale)),              // "line 7, /kegiatan/0/target: ..."
 *             () -> score(line.document().orElseThrow())));
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each stream they return reads its input on one thread.
 */
public final class JsonLines {

    /** The maximum line length when no other limit is set, in characters. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;

    private final KinerjaJson json;
    private final int maxLineLength;

    JsonLines(KinerjaJson json, int maxLineLength) {
        this.json = json;
        this.maxLineLength = maxLineLength;
    }

    /**
     * Returns a copy with another line length limit.
     *
     * @param maxLineLength  the longest line read, in characters, at least 1
     * @return the configured instance, not null
     * @throws IllegalArgumentException if the limit is below 1
     */
    public JsonLines withMaxLineLength(int maxLineLength) {
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("maxLineLength must be at least 1, was " + maxLineLength);
        }
        return new JsonLines(json, maxLineLength);
    }

    /** Returns the longest line read, in characters. */
    public int maxLineLength() {
        return maxLineLength;
    }

    /**
     * Reads a batch lazily, one item per non-blank line, reporting bad lines as items and going on.
     *
     * <p>The caller closes the reader; closing the stream does not.
     *
     * @param in  the batch, not null
     * @return the lines in input order, not null
     * @throws UncheckedIOException from the stream's terminal operation if the reader fails
     */
    public Stream<JsonLine> read(Reader in) {
        Objects.requireNonNull(in, "in");
        Iterator<JsonLine> lines = new LineIterator(in);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Reads a batch lazily and stops at the first bad line.
     *
     * <p>The caller closes the reader; closing the stream does not.
     *
     * @param in  the batch, not null
     * @return the documents in input order, not null
     * @throws JsonReadException from the stream's terminal operation, with the line number, at the first line
     *     that cannot be read
     * @throws UncheckedIOException from the stream's terminal operation if the reader fails
     */
    public Stream<JsonDocument> readFailFast(Reader in) {
        return read(in).map(line -> line.document().orElseThrow(() -> line.error().orElseThrow()));
    }

    /**
     * Writes one document as one line, ended by a line feed.
     *
     * @param value  a value of a {@link DocumentType document type} or a {@link JsonDocument}, not null
     * @param out  the destination, which stays open, not null
     * @throws IllegalArgumentException if the value is not of a document type
     * @throws UncheckedIOException if the writer fails
     */
    public void write(Object value, Writer out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        Object document = value instanceof JsonDocument given ? given.value() : value;
        if (DocumentType.of(document.getClass()).isEmpty()) {
            throw new IllegalArgumentException("each line must hold a document (an SKP, a result or a report), was "
                    + document.getClass().getName());
        }
        json.write(document, out);
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes documents one per line, in order, without holding more than one in memory.
     *
     * @param values  the documents, not null
     * @param out  the destination, which stays open, not null
     * @throws IllegalArgumentException if a value is not of a document type; the lines before it are written
     * @throws UncheckedIOException if the writer fails
     */
    public void writeAll(Iterable<?> values, Writer out) {
        Objects.requireNonNull(values, "values");
        for (Object value : values) {
            write(value, out);
        }
    }

    /** Reads lines of bounded length and turns each non-blank one into a {@link JsonLine}. */
    private final class LineIterator implements Iterator<JsonLine> {
        private final Reader in;
        private long lineNumber;
        private boolean ended;
        @Nullable private JsonLine next;

        LineIterator(Reader in) {
            this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
        }

        @Override
        public boolean hasNext() {
            while (next == null && !ended) {
                next = readLine();
            }
            return next != null;
        }

        @Override
        public JsonLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more lines");
            }
            JsonLine line = next;
            next = null;
            return Objects.requireNonNull(line);
        }

        // Returns the next item, or null for a blank line or the end of the input.
        @Nullable
        private JsonLine readLine() {
            StringBuilder text = new StringBuilder();
            long length = 0;
            int c;
            try {
                c = in.read();
                if (c < 0) {
                    ended = true;
                    return null;
                }
                while (c >= 0 && c != '\n') {
                    if (length < maxLineLength) {
                        text.append((char) c);
                    }
                    length++;
                    c = in.read();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ended = c < 0;
            lineNumber++;
            if (length > maxLineLength) {
                return JsonLine.failed(lineNumber, new JsonReadException(JsonProblem.TOO_LONG, "",
                        length + " characters", Expected.length(maxLineLength)).atLine(lineNumber));
            }
            String line = text.toString();
            if (line.isBlank()) {
                return null;
            }
            try {
                return JsonLine.of(lineNumber, json.readDocument(new StringReader(line)));
            } catch (JsonReadException e) {
                return JsonLine.failed(lineNumber, e.atLine(lineNumber));
            }
        }
    }
}
