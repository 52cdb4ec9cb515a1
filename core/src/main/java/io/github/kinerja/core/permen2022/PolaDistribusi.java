package io.github.kinerja.core.permen2022;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The pola distribusi (distribution pattern) of employee predikat that a {@link PredikatOrganisasi} calls for, per
 * SE MenPANRB 3/2023.
 *
 * <table>
 *   <caption>The standard patterns (SB, B, BP, K/M, SK = Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct,
 *   Sangat Kurang)</caption>
 *   <tr><th>Predikat organisasi</th><th>Rules</th></tr>
 *   <tr><td>Istimewa</td><td>SB at most 70 % and the largest group</td></tr>
 *   <tr><td>Baik</td><td>B at most 70 % and the largest group; at least one in BP + K/M</td></tr>
 *   <tr><td>Butuh Perbaikan</td><td>SB at most 10 %; BP at least 60 %</td></tr>
 *   <tr><td>Kurang</td><td>SB at most 10 %; BP at least 10 %; K/M at least 60 %</td></tr>
 *   <tr><td>Sangat Kurang</td><td>no SB (at most 0 %); BP + K/M at least 10 %; SK at least 60 %</td></tr>
 * </table>
 *
 * <p>The circular words the top group as "sebagian besar (maksimal 70 %)": the library reads that as a hard
 * maximum of 70 % plus a warning when the group is not the largest, because whether it must also exceed 50 % is
 * not stated. The circular offers the patterns to the leader as a consideration, not a quota, so they are checked
 * and reported, never enforced. Any pattern can be replaced in {@link DistribusiChecker}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolaDistribusi {

    PolaDistribusi() {}

    /**
     * Obtains a pattern.
     *
     * @param organisasi  the organisation predikat the pattern belongs to, not null
     * @param rules  the rules, not null
     * @return the pattern, not null
     */
    public static PolaDistribusi of(PredikatOrganisasi organisasi, List<DistributionRule> rules) {
        Objects.requireNonNull(organisasi, "organisasi");
        Objects.requireNonNull(rules, "rules");
        return ImmutablePolaDistribusi.builder().organisasi(organisasi).rules(rules).build();
    }

    /**
     * Returns the standard pattern of SE MenPANRB 3/2023 for an organisation predikat.
     *
     * @param organisasi  the organisation predikat, not null
     * @return the pattern, not null
     */
    public static PolaDistribusi standard(PredikatOrganisasi organisasi) {
        Objects.requireNonNull(organisasi, "organisasi");
        PolaDistribusi pola = standardTable().get(organisasi);
        if (pola == null) {
            throw new IllegalStateException("the standard table lacks " + organisasi + "; this is a bug");
        }
        return pola;
    }

    /** Returns the standard patterns of SE MenPANRB 3/2023 for all five organisation predikat. */
    public static Map<PredikatOrganisasi, PolaDistribusi> standardTable() {
        return StandardHolder.TABLE;
    }

    /** Returns the organisation predikat the pattern belongs to. */
    @Value.Parameter
    public abstract PredikatOrganisasi organisasi();

    /** Returns the rules, in checking order. */
    @Value.Parameter
    public abstract List<DistributionRule> rules();

    // A holder class, because constants initialised in PolaDistribusi itself could deadlock class initialisation
    // against its generated subclass.
    private static final class StandardHolder {
        static final Map<PredikatOrganisasi, PolaDistribusi> TABLE = createTable();

        private static Map<PredikatOrganisasi, PolaDistribusi> createTable() {
            BigDecimal seventy = BigDecimal.valueOf(70);
            BigDecimal sixty = BigDecimal.valueOf(60);
            BigDecimal ten = BigDecimal.valueOf(10);
            Map<PredikatOrganisasi, PolaDistribusi> table = new EnumMap<>(PredikatOrganisasi.class);
            table.put(PredikatOrganisasi.ISTIMEWA, of(PredikatOrganisasi.ISTIMEWA, List.of(
                    DistributionRule.max(seventy, PredikatPegawai.SANGAT_BAIK),
                    DistributionRule.modal(PredikatPegawai.SANGAT_BAIK))));
            table.put(PredikatOrganisasi.BAIK, of(PredikatOrganisasi.BAIK, List.of(
                    DistributionRule.max(seventy, PredikatPegawai.BAIK),
                    DistributionRule.modal(PredikatPegawai.BAIK),
                    DistributionRule.atLeastOne(PredikatPegawai.BUTUH_PERBAIKAN, PredikatPegawai.KURANG_MISCONDUCT))));
            table.put(PredikatOrganisasi.BUTUH_PERBAIKAN, of(PredikatOrganisasi.BUTUH_PERBAIKAN, List.of(
                    DistributionRule.max(ten, PredikatPegawai.SANGAT_BAIK),
                    DistributionRule.min(sixty, PredikatPegawai.BUTUH_PERBAIKAN))));
            table.put(PredikatOrganisasi.KURANG, of(PredikatOrganisasi.KURANG, List.of(
                    DistributionRule.max(ten, PredikatPegawai.SANGAT_BAIK),
                    DistributionRule.min(ten, PredikatPegawai.BUTUH_PERBAIKAN),
                    DistributionRule.min(sixty, PredikatPegawai.KURANG_MISCONDUCT))));
            table.put(PredikatOrganisasi.SANGAT_KURANG, of(PredikatOrganisasi.SANGAT_KURANG, List.of(
                    DistributionRule.max(BigDecimal.ZERO, PredikatPegawai.SANGAT_BAIK),
                    DistributionRule.min(ten, PredikatPegawai.BUTUH_PERBAIKAN, PredikatPegawai.KURANG_MISCONDUCT),
                    DistributionRule.min(sixty, PredikatPegawai.SANGAT_KURANG))));
            return Collections.unmodifiableMap(table);
        }
    }
}
