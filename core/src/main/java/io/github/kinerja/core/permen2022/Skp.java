package io.github.kinerja.core.permen2022;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Person;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An SKP (Sasaran Kinerja Pegawai) under PermenPANRB 6/2022: the plan of one employee for one period.
 *
 * <p>It contains the model ({@link ModelSkp#JPT} or {@link ModelSkp#JA_JF}), the employee, the pejabat penilai
 * (appraiser) and the appraiser's superior, the status, the RHK with their IKI, the ekspektasi khusus pimpinan
 * (the superior's specific expectations) per BerAKHLAK {@link CoreValue}, and the Lampiran. The perilaku kerja
 * itself is the same seven core values for everyone; only the ekspektasi khusus differ.
 *
 * <p>RHK ids are unique within the SKP, and so are IKI ids, so that a {@link RealisasiIki} can name its IKI alone.
 * Rules that drafts may break (an RHK without IKI, a JA/JF RHK without a superior link) are left to
 * {@link Permen2022Validator}.
 *
 * <pre>{@code
 * Skp skp = Skp.builder()
 *         .id("SKP-2023-STAF1")
 *         .model(ModelSkp.JA_JF)
 *         .periode(AssessmentPeriod.ofYear(2023))
 *         .pegawai(staff)
 *         .pejabatPenilai(kabid)
 *         .addRhk(rhk)
 *         .putEkspektasiKhususPimpinan(CoreValue.KOLABORATIF, "Aktif berbagi data dengan bidang lain")
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Skp {

    Skp() {}

    /** Returns a new builder; {@code id}, {@code model}, {@code periode} and {@code pegawai} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the identifier of the SKP, which RHK of other SKP use in an {@link RhkReference}. */
    public abstract String id();

    /** Returns the model. */
    public abstract ModelSkp model();

    /** Returns the period the plan covers. */
    public abstract AssessmentPeriod periode();

    /** Returns the appraised employee. */
    public abstract Person pegawai();

    /** Returns the appraiser (pejabat penilai kinerja), if named. */
    public abstract Optional<Person> pejabatPenilai();

    /** Returns the appraiser's superior (atasan pejabat penilai kinerja), if named. */
    public abstract Optional<Person> atasanPejabatPenilai();

    /** Returns the status of the plan, {@link PlanStatus#DRAFT} by default. */
    @Value.Default
    public PlanStatus status() {
        return PlanStatus.DRAFT;
    }

    /** Returns the id of the {@link UnitOrganisasi} the employee works in, if recorded. */
    public abstract Optional<String> unitId();

    /** Returns the RHK, utama and tambahan, in form order. */
    public abstract List<Rhk> rhk();

    /** Returns the ekspektasi khusus pimpinan per core value; values without one are absent. */
    public abstract Map<CoreValue, String> ekspektasiKhususPimpinan();

    /** Returns the entries of the Lampiran, in form order. */
    public abstract List<LampiranItem> lampiran();

    /**
     * Returns the RHK with the given id.
     *
     * @param rhkId  the RHK id, not null
     * @return the RHK, or empty if the SKP has none with that id, not null
     */
    public Optional<Rhk> findRhk(String rhkId) {
        return rhk().stream().filter(r -> r.id().equals(rhkId)).findFirst();
    }

    /**
     * Returns the IKI with the given id, from any RHK.
     *
     * @param ikiId  the IKI id, not null
     * @return the IKI, or empty if the SKP has none with that id, not null
     */
    public Optional<Iki> findIki(String ikiId) {
        return allIki().stream().filter(i -> i.id().equals(ikiId)).findFirst();
    }

    /** Returns every IKI of every RHK, in form order. */
    public List<Iki> allIki() {
        return rhk().stream().flatMap(r -> r.iki().stream()).collect(Collectors.toUnmodifiableList());
    }

    @Value.Check
    final void check() {
        if (id().isBlank()) {
            throw new IllegalArgumentException("id of an SKP must not be blank");
        }
        Set<String> rhkIds = new HashSet<>();
        Set<String> ikiIds = new HashSet<>();
        for (Rhk rhk : rhk()) {
            if (!rhkIds.add(rhk.id())) {
                throw new IllegalArgumentException("RHK id " + rhk.id() + " appears twice in SKP " + id());
            }
            for (Iki iki : rhk.iki()) {
                if (!ikiIds.add(iki.id())) {
                    throw new IllegalArgumentException("IKI id " + iki.id() + " appears twice in SKP " + id()
                            + "; IKI ids must be unique within the SKP");
                }
            }
        }
        for (Map.Entry<CoreValue, String> entry : ekspektasiKhususPimpinan().entrySet()) {
            if (entry.getValue().isBlank()) {
                throw new IllegalArgumentException("ekspektasi khusus for " + entry.getKey()
                        + " must not be blank; leave it out instead");
            }
        }
    }

    /** Builder of SKP. */
    public static final class Builder extends ImmutableSkp.Builder {
        Builder() {}
    }
}
