package io.github.kinerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kinerja.core.cascade.CascadeChecker;
import io.github.kinerja.core.cascade.CascadeNode;
import io.github.kinerja.core.cascade.CascadeResult;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The cascade result is written with every node of its trees and its report, and cannot be read back. */
class CascadeJsonProperties {

    private static final KinerjaJson JSON = KinerjaJson.defaults();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Gen<CascadeResult> results() {
        return Gens.lists(Permen2022Gens.skp(), 0, 4).map(CascadeChecker::check);
    }

    @Test
    void cascadeResult_written_hasEveryNode() {
        Property.forAll(results(), result -> {
            JsonNode tree = tree(JSON.write(result));
            int written = 0;
            for (JsonNode root : tree.get("roots")) {
                written += count(root);
            }
            assertThat(written).isEqualTo(result.roots().stream().mapToInt(CascadeNode::size).sum());
            assertThat(tree.get("report").get("findings")).hasSize(result.report().findings().size());
        });
    }

    @Test
    void cascadeNode_written_keepsItsRhk() {
        Property.forAll(results().filter(r -> !r.roots().isEmpty()), result -> {
            CascadeNode root = result.roots().get(0);
            JsonNode node = tree(JSON.write(root));
            assertThat(node.get("skpId").asText()).isEqualTo(root.skpId());
            assertThat(node.get("rhk")).isEqualTo(tree(JSON.write(root.rhk())));
            assertThat(node.get("pegawai")).isEqualTo(tree(JSON.write(root.pegawai())));
        });
    }

    @Test
    void cascadeResult_read_rejectedAsWrittenOnly() {
        assertThatIllegalArgumentException().isThrownBy(() -> JSON.read("{}", CascadeResult.class))
                .withMessageContaining("written only");
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(JsonNode node) {
        int count = 1;
        for (JsonNode child : node.get("children")) {
            count += count(child);
        }
        return count;
    }
}
