package io.github.kinerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.testing.Gens;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JSON Lines batches: one document a line, bad lines reported with their number, constant memory. */
class JsonLinesTest {

    private static final JsonLines LINES = KinerjaJson.defaults().lines();

    @Test
    void writeAll_readsBackInOrder() {
        List<SkpPp46> skps = Gens.lists(DomainGens.pp46Skp(), 5, 5).generate(new SplittableRandom(7));
        StringWriter out = new StringWriter();
        LINES.writeAll(skps, out);
        assertThat(out.toString().lines()).hasSize(5);
        List<Object> back = LINES.readFailFast(new StringReader(out.toString()))
                .map(JsonDocument::value)
                .collect(Collectors.toList());
        assertThat(back).isEqualTo(List.copyOf(skps));
    }

    @Test
    void badMiddleLine_reportedAndSkipped() {
        String batch = line(Report.empty()) + "{\"formatVersion\":\"1.0\",\"type\":\"report\",\"findings\":7}\n"
                + "\n" + "not json\n" + line(Report.empty());
        List<JsonLine> lines = LINES.read(new StringReader(batch)).collect(Collectors.toList());
        assertThat(lines).extracting(JsonLine::lineNumber).containsExactly(1L, 2L, 4L, 5L);
        assertThat(lines).extracting(JsonLine::isValid).containsExactly(true, false, false, true);
        JsonReadException second = lines.get(1).error().orElseThrow();
        assertThat(second.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
        assertThat(second.pointer()).isEqualTo("/findings");
        assertThat(second.lineNumber()).hasValue(2);
        assertThat(second.getMessage()).startsWith("line 2, /findings: ");
        assertThat(lines.get(2).error().orElseThrow().problem()).isEqualTo(JsonProblem.SYNTAX);
        assertThat(lines.get(3).document().orElseThrow().value()).isEqualTo(Report.empty());
    }

    @Test
    void failFast_stopsAtTheFirstBadLine() {
        String batch = line(Report.empty()) + "[]\n" + line(Report.empty());
        JsonReadException e = catchThrowableOfType(JsonReadException.class,
                () -> LINES.readFailFast(new StringReader(batch)).collect(Collectors.toList()));
        assertThat(e.lineNumber()).hasValue(2);
        assertThat(e.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    }

    @Test
    void crlfAndMissingLastNewline_accepted() {
        String batch = line(Report.empty()).replace("\n", "\r\n") + line(Report.empty()).strip();
        assertThat(LINES.read(new StringReader(batch))).allMatch(JsonLine::isValid).hasSize(2);
    }

    @Test
    void overlongLine_isReportedWithoutStoppingTheBatch() {
        String batch = "{\"x\":\"" + "a".repeat(200) + "\"}\n" + line(Report.empty());
        List<JsonLine> lines = LINES.withMaxLineLength(100).read(new StringReader(batch))
                .collect(Collectors.toList());
        assertThat(lines.get(0).error().orElseThrow().problem()).isEqualTo(JsonProblem.TOO_LONG);
        assertThat(lines.get(1).isValid()).isTrue();
    }

    @Test
    void read_isLazy() {
        // A reader of endless lines: only a lazy stream can take the first three.
        Reader endless = new Reader() {
            private final String line = line(Report.empty());
            private int position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = line.charAt(position);
                    position = (position + 1) % line.length();
                }
                return length;
            }

            @Override
            public void close() {
            }
        };
        try (Stream<JsonLine> lines = LINES.read(endless)) {
            assertThat(lines.limit(3)).hasSize(3).allMatch(JsonLine::isValid);
        }
    }

    @Test
    void write_rejectsValuesThatAreNotDocuments() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LINES.write(Person.of("Siti Aminah"), new StringWriter()))
                .withMessageContaining("document");
    }

    @Test
    void withMaxLineLength_rejectsZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> LINES.withMaxLineLength(0));
    }

    private static String line(Object document) {
        StringWriter out = new StringWriter();
        LINES.write(document, out);
        return out.toString();
    }
}
