package io.github.kinerja.json;

import io.github.kinerja.core.cascade.CascadeNode;
import io.github.kinerja.core.cascade.CascadeResult;

/**
 * The codecs of the RHK cascade check. Both are written only: core builds the trees only while checking a set of
 * SKPs, and a tree records each RHK but not the SKPs it was checked from, so it cannot be checked again.
 */
final class CascadeCodecs {

    static final Codec<CascadeNode> NODE = Codec.builder(CascadeNode.class, "cascade.CascadeNode",
                    "One RHK in a cascade tree, with the RHK of subordinates that intervene it as children; written"
                            + " only.")
            .required("skpId", Shape.TEXT)
            .required("pegawai", Shape.object(CoreCodecs.PERSON))
            .required("rhk", Shape.object(Permen2022Codecs.RHK))
            .optional("children", Shape.list(Shape.objectOf(() -> CascadeCodecs.NODE)))
            .writer((node, out) -> out
                    .text("skpId", node.skpId())
                    .object("pegawai", CoreCodecs.PERSON, node.pegawai())
                    .object("rhk", Permen2022Codecs.RHK, node.rhk())
                    .list("children", CascadeCodecs.NODE, node.children()))
            .build();

    static final Codec<CascadeResult> RESULT = Codec.builder(CascadeResult.class, "cascade.CascadeResult",
                    "The cascade trees of a set of SKPs under PermenPANRB 6/2022 and the findings of the check;"
                            + " written only.")
            .required("roots", Shape.listOf(NODE))
            .required("report", Shape.object(CoreCodecs.REPORT))
            .writer((result, out) -> out
                    .list("roots", NODE, result.roots())
                    .object("report", CoreCodecs.REPORT, result.report()))
            .build();

    private CascadeCodecs() {}
}
