package io.github.kinerja.core.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2022.Fixtures;
import io.github.kinerja.core.permen2022.JenisRhk;
import io.github.kinerja.core.permen2022.ModelSkp;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import io.github.kinerja.core.permen2022.Skp;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class CascadeCheckerTest {

    private static final Skp LEADER = Fixtures.leaderSkp();
    private static final Skp SITI = Fixtures.staffSkp("SKP-STAF1", Fixtures.staff("Siti Aminah", 1), "1");
    private static final Skp ANDI = Fixtures.staffSkp("SKP-STAF2", Fixtures.staff("Andi Wijaya", 2), "2");
    private static final Skp DEWI = Fixtures.staffSkp("SKP-STAF3", Fixtures.staff("Dewi Lestari", 3), "1");

    private static List<String> codes(Report report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    private static Skp withRhkAtasan(Skp skp, RhkReference target) {
        Rhk rhk = skp.rhk().get(0);
        return Skp.builder().from(skp).rhk(List.of(Rhk.builder().from(rhk).rhkAtasan(target).build())).build();
    }

    @Test
    void check_unit_treePerLeaderRhk() {
        CascadeResult result = CascadeChecker.check(List.of(LEADER, SITI, ANDI, DEWI));

        assertThat(result.report().isEmpty()).isTrue();
        assertThat(result.roots()).extracting(CascadeNode::reference)
                .containsExactly(RhkReference.of("SKP-KABID", "1"), RhkReference.of("SKP-KABID", "2"));
        assertThat(result.roots().get(0).children()).extracting(CascadeNode::skpId)
                .containsExactly("SKP-STAF1", "SKP-STAF3");
        assertThat(result.roots().get(1).children()).extracting(CascadeNode::skpId).containsExactly("SKP-STAF2");
        assertThat(result.roots().get(0).size()).isEqualTo(3);
    }

    @Test
    void render_indentsChildren() {
        String text = CascadeRenderer.render(CascadeChecker.check(List.of(LEADER, SITI, ANDI)).roots());

        assertThat(text).isEqualTo(""
                + "SKP-KABID Budi Santoso, RHK 1 (UTAMA): Meningkatnya kualitas layanan\n"
                + "  SKP-STAF1 Siti Aminah, RHK 1 (UTAMA): Tersusunnya laporan SKP-STAF1\n"
                + "SKP-KABID Budi Santoso, RHK 2 (UTAMA): Tertibnya administrasi\n"
                + "  SKP-STAF2 Andi Wijaya, RHK 1 (UTAMA): Tersusunnya laporan SKP-STAF2\n");
    }

    @Test
    void check_superiorRhkNobodyPicksUp_warns() {
        Report report = CascadeChecker.check(List.of(LEADER, SITI)).report();

        assertThat(codes(report)).containsExactly(CascadeChecker.NOT_PICKED_UP);
        assertThat(report.findings().get(0).location()).isEqualTo("SKP-KABID/rhk/2");
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void check_leaderAlone_reportsNothing() {
        assertThat(CascadeChecker.check(List.of(LEADER)).report().isEmpty()).isTrue();
    }

    @Test
    void check_unknownSuperiorRhk_reportsError() {
        Skp broken = withRhkAtasan(SITI, RhkReference.of("SKP-KABID", "9"));

        CascadeResult result = CascadeChecker.check(List.of(LEADER, broken, ANDI));

        assertThat(codes(result.report())).containsExactly(CascadeChecker.RHK_UNKNOWN, CascadeChecker.NOT_PICKED_UP);
        assertThat(result.report().findings().get(0).arguments()).containsExactly("1", "9", "SKP-KABID");
        assertThat(result.roots()).extracting(CascadeNode::reference).contains(RhkReference.of("SKP-STAF1", "1"));
    }

    @Test
    void check_superiorSkpNotInSet_warns() {
        CascadeResult result = CascadeChecker.check(List.of(SITI));

        assertThat(codes(result.report())).containsExactly(CascadeChecker.SKP_NOT_IN_SET);
        assertThat(result.roots()).hasSize(1);
    }

    @Test
    void check_selfReference_reportsError() {
        Skp self = withRhkAtasan(SITI, RhkReference.of("SKP-STAF1", "1"));

        assertThat(codes(CascadeChecker.check(List.of(self)).report()))
                .containsExactly(CascadeChecker.SELF_REFERENCE);
    }

    @Test
    void check_cycle_reportedOnceOutsideTrees() {
        Skp a = Skp.builder().id("A").model(ModelSkp.JA_JF).periode(Fixtures.YEAR).pegawai(Person.of("A"))
                .addRhk(Rhk.builder().id("1").jenis(JenisRhk.UTAMA).uraian("A1").rhkAtasan(RhkReference.of("B", "1"))
                        .build())
                .build();
        Skp b = Skp.builder().id("B").model(ModelSkp.JA_JF).periode(Fixtures.YEAR).pegawai(Person.of("B"))
                .addRhk(Rhk.builder().id("1").jenis(JenisRhk.UTAMA).uraian("B1").rhkAtasan(RhkReference.of("A", "1"))
                        .build())
                .build();
        Skp c = Skp.builder().id("C").model(ModelSkp.JA_JF).periode(Fixtures.YEAR).pegawai(Person.of("C"))
                .addRhk(Rhk.builder().id("1").jenis(JenisRhk.UTAMA).uraian("C1").rhkAtasan(RhkReference.of("A", "1"))
                        .build())
                .build();

        CascadeResult result = CascadeChecker.check(List.of(a, b, c));

        assertThat(codes(result.report())).containsExactly(CascadeChecker.CYCLE);
        assertThat(result.report().findings().get(0).arguments()).containsExactly("A/1 -> B/1 -> A/1");
        assertThat(result.roots()).isEmpty();
    }

    @Test
    void check_otherThanAppraiser_warns() {
        Skp wrongAppraiser = Skp.builder().from(SITI).pejabatPenilai(Fixtures.staff("Andi Wijaya", 2)).build();

        Report report = CascadeChecker.check(List.of(LEADER, wrongAppraiser, ANDI)).report();

        assertThat(codes(report)).contains(CascadeChecker.NOT_APPRAISER);
    }

    @Test
    void check_duplicateSkpId_keepsTheFirst() {
        Skp copy = Fixtures.staffSkp("SKP-STAF1", Fixtures.staff("Orang Lain", 9), "2");

        CascadeResult result = CascadeChecker.check(List.of(LEADER, SITI, copy, ANDI));

        assertThat(codes(result.report())).containsExactly(CascadeChecker.SKP_DUPLICATE);
        assertThat(result.roots().get(0).children().get(0).pegawai().name()).isEqualTo("Siti Aminah");
    }
}
