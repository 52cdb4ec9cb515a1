package io.github.kinerja.core.cascade;

import io.github.kinerja.core.Nip;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.core.report.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a set of PermenPANRB 6/2022 SKP as a graph of RHK links and builds the cascade trees.
 *
 * <p>Each RHK that names an RHK atasan yang diintervensi is an edge to that RHK. The checker reports:
 * <table>
 *   <caption>Finding codes</caption>
 *   <tr><th>Code</th><th>Severity</th><th>Meaning</th></tr>
 *   <tr><td>{@value #SKP_DUPLICATE}</td><td>ERROR</td><td>two SKP share an id; the later one is left out</td></tr>
 *   <tr><td>{@value #SELF_REFERENCE}</td><td>ERROR</td><td>an RHK intervenes an RHK of its own SKP</td></tr>
 *   <tr><td>{@value #SKP_NOT_IN_SET}</td><td>WARNING</td><td>the superior's SKP is not among those checked, so
 *       the link cannot be followed</td></tr>
 *   <tr><td>{@value #RHK_UNKNOWN}</td><td>ERROR</td><td>the superior's SKP has no RHK with the id named</td></tr>
 *   <tr><td>{@value #NOT_APPRAISER}</td><td>WARNING</td><td>the intervened RHK belongs to someone other than the
 *       pejabat penilai (compared by NIP where both are known)</td></tr>
 *   <tr><td>{@value #CYCLE}</td><td>ERROR</td><td>RHK links form a cycle</td></tr>
 *   <tr><td>{@value #NOT_PICKED_UP}</td><td>WARNING</td><td>an RHK utama of a superior is intervened by no
 *       subordinate RHK</td></tr>
 * </table>
 * An SKP counts as a superior when at least one RHK of another SKP in the set intervenes one of its RHK. Only the
 * RHK utama of superiors are reported as not picked up: an SKP without subordinates in the set is not checked for
 * it, and neither are RHK tambahan.
 *
 * <p>The trees start at RHK that intervene nothing, or whose link cannot be followed. RHK on a cycle, and those
 * below them, appear in no tree. Locations read like {@code SKP-STAF1/rhk/2}.
 */
public final class CascadeChecker {

    /** The resource bundle of the messages. */
    public static final String BUNDLE = "io.github.kinerja.core.cascade.Messages";
    /** Finding code: two SKP share an id. */
    public static final String SKP_DUPLICATE = "cascade.skp.duplicate";
    /** Finding code: an RHK intervenes an RHK of its own SKP. */
    public static final String SELF_REFERENCE = "cascade.intervensi.self";
    /** Finding code: the SKP named by a link is not in the set. */
    public static final String SKP_NOT_IN_SET = "cascade.intervensi.skpNotInSet";
    /** Finding code: the SKP named by a link has no RHK with the id named. */
    public static final String RHK_UNKNOWN = "cascade.intervensi.rhkUnknown";
    /** Finding code: the intervened RHK belongs to someone other than the pejabat penilai. */
    public static final String NOT_APPRAISER = "cascade.intervensi.notAppraiser";
    /** Finding code: RHK links form a cycle. */
    public static final String CYCLE = "cascade.cycle";
    /** Finding code: an RHK utama of a superior is intervened by no subordinate RHK. */
    public static final String NOT_PICKED_UP = "cascade.rhk.notPickedUp";

    private CascadeChecker() {}

    /**
     * Checks SKP and builds their cascade trees.
     *
     * @param skps  the SKP, usually those of one unit or one organisation for one period, not null
     * @return the trees and the findings, not null
     */
    public static CascadeResult check(Collection<Skp> skps) {
        Objects.requireNonNull(skps, "skps");
        Report.Builder report = Report.builder();
        Map<String, Skp> byId = new LinkedHashMap<>();
        for (Skp skp : skps) {
            if (byId.putIfAbsent(skp.id(), skp) != null) {
                report.addFinding(finding(SKP_DUPLICATE, Severity.ERROR, skp.id(), skp.id()));
            }
        }

        Map<RhkReference, RhkReference> parents = new HashMap<>();
        for (Skp skp : byId.values()) {
            for (Rhk rhk : skp.rhk()) {
                if (rhk.rhkAtasan().isPresent()) {
                    resolve(skp, rhk, rhk.rhkAtasan().orElseThrow(), byId, report)
                            .ifPresent(parent -> parents.put(RhkReference.of(skp.id(), rhk.id()), parent));
                }
            }
        }

        Set<RhkReference> onCycle = findCycles(byId, parents, report);
        Map<RhkReference, List<RhkReference>> children = new LinkedHashMap<>();
        for (Skp skp : byId.values()) {
            for (Rhk rhk : skp.rhk()) {
                RhkReference node = RhkReference.of(skp.id(), rhk.id());
                RhkReference parent = parents.get(node);
                if (parent != null) {
                    children.computeIfAbsent(parent, p -> new ArrayList<>()).add(node);
                }
            }
        }

        reportNotPickedUp(byId, parents, children, report);

        List<CascadeNode> roots = new ArrayList<>();
        for (Skp skp : byId.values()) {
            for (Rhk rhk : skp.rhk()) {
                RhkReference node = RhkReference.of(skp.id(), rhk.id());
                if (!parents.containsKey(node) && !onCycle.contains(node)) {
                    roots.add(buildTree(node, byId, children));
                }
            }
        }
        return ImmutableCascadeResult.builder().roots(roots).report(report.build()).build();
    }

    private static Optional<RhkReference> resolve(Skp skp, Rhk rhk, RhkReference target, Map<String, Skp> byId,
            Report.Builder report) {
        String location = skp.id() + "/rhk/" + rhk.id();
        if (target.skpId().equals(skp.id())) {
            report.addFinding(finding(SELF_REFERENCE, Severity.ERROR, location, rhk.id(), target));
            return Optional.empty();
        }
        Skp superior = byId.get(target.skpId());
        if (superior == null) {
            report.addFinding(finding(SKP_NOT_IN_SET, Severity.WARNING, location, rhk.id(), target,
                    target.skpId()));
            return Optional.empty();
        }
        if (superior.findRhk(target.rhkId()).isEmpty()) {
            report.addFinding(finding(RHK_UNKNOWN, Severity.ERROR, location, rhk.id(), target.rhkId(),
                    superior.id()));
            return Optional.empty();
        }
        Optional<Nip> appraiser = skp.pejabatPenilai().flatMap(p -> p.nip());
        Optional<Nip> owner = superior.pegawai().nip();
        if (appraiser.isPresent() && owner.isPresent() && !appraiser.equals(owner)) {
            report.addFinding(finding(NOT_APPRAISER, Severity.WARNING, location, rhk.id(), superior.id(),
                    superior.pegawai().name(), skp.pejabatPenilai().orElseThrow().name()));
        }
        return Optional.of(target);
    }

    /** Reports every cycle once and returns the RHK on cycles. Each RHK has at most one parent, so a walk up from
     * any RHK either ends at a root or runs into a cycle. */
    private static Set<RhkReference> findCycles(Map<String, Skp> byId, Map<RhkReference, RhkReference> parents,
            Report.Builder report) {
        Set<RhkReference> done = new HashSet<>();
        Set<RhkReference> onCycle = new HashSet<>();
        for (Skp skp : byId.values()) {
            for (Rhk rhk : skp.rhk()) {
                List<RhkReference> path = new ArrayList<>();
                Set<RhkReference> onPath = new HashSet<>();
                RhkReference node = RhkReference.of(skp.id(), rhk.id());
                while (node != null && !done.contains(node) && onPath.add(node)) {
                    path.add(node);
                    node = parents.get(node);
                }
                if (node != null && onPath.contains(node)) {
                    List<RhkReference> cycle = path.subList(path.indexOf(node), path.size());
                    onCycle.addAll(cycle);
                    StringBuilder text = new StringBuilder();
                    for (RhkReference member : cycle) {
                        text.append(member).append(" -> ");
                    }
                    text.append(node);
                    report.addFinding(finding(CYCLE, Severity.ERROR, node.skpId() + "/rhk/" + node.rhkId(), text));
                }
                done.addAll(path);
            }
        }
        return onCycle;
    }

    private static void reportNotPickedUp(Map<String, Skp> byId, Map<RhkReference, RhkReference> parents,
            Map<RhkReference, List<RhkReference>> children, Report.Builder report) {
        Set<String> superiors = new HashSet<>();
        for (RhkReference parent : parents.values()) {
            superiors.add(parent.skpId());
        }
        for (Skp skp : byId.values()) {
            if (!superiors.contains(skp.id())) {
                continue;
            }
            for (Rhk rhk : skp.rhk()) {
                if (rhk.jenis() == JenisRhk.UTAMA && !children.containsKey(RhkReference.of(skp.id(), rhk.id()))) {
                    report.addFinding(finding(NOT_PICKED_UP, Severity.WARNING, skp.id() + "/rhk/" + rhk.id(),
                            rhk.id(), rhk.uraian()));
                }
            }
        }
    }

    private static CascadeNode buildTree(RhkReference node, Map<String, Skp> byId,
            Map<RhkReference, List<RhkReference>> children) {
        Skp skp = Objects.requireNonNull(byId.get(node.skpId()), "skp of a resolved node");
        Rhk rhk = skp.findRhk(node.rhkId()).orElseThrow();
        ImmutableCascadeNode.Builder builder = CascadeNode.builder().skpId(skp.id()).pegawai(skp.pegawai()).rhk(rhk);
        for (RhkReference child : children.getOrDefault(node, List.of())) {
            builder.addChildren(buildTree(child, byId, children));
        }
        return builder.build();
    }

    private static Finding finding(String code, Severity severity, String location, Object... arguments) {
        return Finding.of(BUNDLE, code, severity, location, arguments);
    }
}
