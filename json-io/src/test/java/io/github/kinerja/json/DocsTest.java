package io.github.kinerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.json.internal.EnumCodes;
import io.github.kinerja.json.internal.Enums;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the examples of the format documentation true: every JSON block marked {@code <!-- golden: FILE -->} must
 * equal that golden document, and each rule set has an example. Run with {@code -Dgolden.update=true} to copy the
 * golden documents into the marked blocks.
 */
class DocsTest {

    private static final Pattern ENUM_CODES = Pattern.compile(
            "<!-- enum-codes -->\\n(.*?)<!-- /enum-codes -->", Pattern.DOTALL);
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- golden: ([a-z0-9/.-]+) -->\\n```json\\n(.*?)```", Pattern.DOTALL);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../docs/json-format.md", "../docs/json-format.id.md"})
    void examples_equalGoldenDocuments(String file) throws IOException {
        Path path = Paths.get(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
            text = updated(text);
            Files.writeString(path, text, StandardCharsets.UTF_8);
        }
        Matcher codes = ENUM_CODES.matcher(text);
        assertThat(codes.find()).as("enum code table in %s", file).isTrue();
        assertThat(codes.group(1)).as("enum code table in %s", file).isEqualTo(enumCodeTable());
        Matcher matcher = EXAMPLE.matcher(text);
        List<String> examples = new ArrayList<>();
        while (matcher.find()) {
            String golden = Files.readString(GoldenTest.GOLDEN.resolve(matcher.group(1)), StandardCharsets.UTF_8);
            assertThat(matcher.group(2)).as("example %s in %s", matcher.group(1), file).isEqualTo(golden);
            examples.add(matcher.group(1));
        }
        assertThat(examples).anyMatch(e -> e.startsWith("pp46/"))
                .anyMatch(e -> e.startsWith("ckp/"))
                .anyMatch(e -> e.startsWith("permen2021/"))
                .anyMatch(e -> e.startsWith("permen2022/"));
    }

    private static String enumCodeTable() {
        StringBuilder table = new StringBuilder("| Enum | Codes |\n|---|---|\n");
        for (EnumCodes<?> codes : Enums.ALL) {
            table.append("| `").append(codes.schemaName()).append("` | ");
            table.append(codes.codes().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")));
            table.append(" |\n");
        }
        return table.toString();
    }

    private static String updated(String original) throws IOException {
        Matcher codes = ENUM_CODES.matcher(original);
        String text = codes.replaceFirst(Matcher.quoteReplacement(
                "<!-- enum-codes -->\n" + enumCodeTable() + "<!-- /enum-codes -->"));
        Matcher matcher = EXAMPLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String golden = Files.readString(GoldenTest.GOLDEN.resolve(matcher.group(1)), StandardCharsets.UTF_8);
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    "<!-- golden: " + matcher.group(1) + " -->\n```json\n" + golden + "```"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
