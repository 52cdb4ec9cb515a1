package io.github.kinerja.core.cascade;

import java.util.List;
import java.util.Objects;

/**
 * Renders cascade trees as indented plain text, one RHK per line:
 * <pre>
 * SKP-KABID Budi Santoso, RHK 1 (UTAMA): Meningkatnya kualitas layanan kepegawaian
 *   SKP-STAF1 Siti Aminah, RHK 1 (UTAMA): Tersusunnya rekomendasi kebijakan
 * </pre>
 * Lines end with {@code \n}, whatever the platform, so that the text compares equal everywhere.
 */
public final class CascadeRenderer {

    private static final String INDENT = "  ";

    private CascadeRenderer() {}

    /**
     * Renders trees.
     *
     * @param roots  the roots, in display order, not null
     * @return the text, empty without roots, not null
     */
    public static String render(List<CascadeNode> roots) {
        Objects.requireNonNull(roots, "roots");
        StringBuilder text = new StringBuilder();
        for (CascadeNode root : roots) {
            render(root, 0, text);
        }
        return text.toString();
    }

    private static void render(CascadeNode node, int depth, StringBuilder text) {
        text.append(INDENT.repeat(depth))
                .append(node.skpId()).append(' ').append(node.pegawai().name())
                .append(", RHK ").append(node.rhk().id())
                .append(" (").append(node.rhk().jenis()).append("): ")
                .append(node.rhk().uraian())
                .append('\n');
        for (CascadeNode child : node.children()) {
            render(child, depth + 1, text);
        }
    }
}
