package io.github.kinerja.core.ckp;

import io.github.kinerja.core.IndonesianMonths;
import io.github.kinerja.core.Person;
import java.time.Month;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One BPS CKP form: a CKP-T (target) or a CKP-R (realisation) of one employee for one month.
 *
 * <p>The identity block names the satuan organisasi (office), the employee, the jabatan and the periode; the
 * signature block names the pejabat penilai (appraiser). A NIP is kept twice: parsed in the {@link Person} when it
 * is a valid NIP, and as written in {@link #pegawaiNipText()} in every case, so that a truncated or placeholder NIP
 * on a real form is not lost. The kegiatan are in form order, UTAMA before TAMBAHAN as the form lists them.
 *
 * <p>A CKP-R also shows its own results: the RATA-RATA (average) of the capaian and of the tingkat kualitas and
 * the CKP. They are kept as {@link FormValue shown values}, so that {@link CkpCalculator} can compare them with
 * its exact recomputation. A form without kegiatan (an empty template) is valid.
 *
 * <pre>{@code
 * CkpForm form = CkpForm.builder()
 *         .kind(CkpKind.REALISASI)
 *         .pegawai(Person.of("Arif Galih Pamungkas"))
 *         .periode("1 Maret - 31 Maret 2020")
 *         .bulan(YearMonth.of(2020, 3))
 *         .addKegiatan(kegiatan)
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CkpForm {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");

    CkpForm() {}

    /** Returns a new builder; {@code kind} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the month of a CKP periode as forms write it: {@code Maret 2020}, {@code 1 Maret - 31 Maret 2020} or
     * {@code 1 Juni sd 30 Juni 2020}.
     *
     * <p>The text must name one Indonesian month (in any letter case, as often as it likes) and one year from 1900
     * to 2099. A periode spanning two months or two years has no single month, and the result is empty.
     *
     * @param periode  the periode text, not null
     * @return the month, or empty if the text does not name exactly one month and one year, not null
     */
    public static Optional<YearMonth> parseBulan(CharSequence periode) {
        Objects.requireNonNull(periode, "periode");
        Set<Month> months = EnumSet.noneOf(Month.class);
        Matcher words = WORD.matcher(periode);
        while (words.find()) {
            IndonesianMonths.parse(words.group()).ifPresent(months::add);
        }
        Set<Integer> years = YEAR.matcher(periode).results()
                .map(m -> Integer.valueOf(m.group()))
                .collect(Collectors.toSet());
        if (months.size() != 1 || years.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(years.iterator().next(), months.iterator().next()));
    }

    /** Returns which of the two forms this is. */
    public abstract CkpKind kind();

    /** Returns the satuan organisasi (office), such as {@code BPS Kabupaten Tolitoli}. */
    public abstract Optional<String> satuanOrganisasi();

    /**
     * Returns the employee: the name, the NIP when the form's NIP is valid, and the jabatan and unit kerja from the
     * identity block. Empty on a form whose name cell is empty.
     */
    public abstract Optional<Person> pegawai();

    /** Returns the employee's NIP as written on the form, also when it is not a valid NIP. */
    public abstract Optional<String> pegawaiNipText();

    /** Returns the periode as written, such as {@code 1 Maret - 31 Maret 2020}. */
    public abstract Optional<String> periode();

    /** Returns the month of the periode, when {@link #parseBulan(CharSequence)} could read one. */
    public abstract Optional<YearMonth> bulan();

    /** Returns the pejabat penilai (appraiser) from the signature block, with the NIP when it is valid. */
    public abstract Optional<Person> pejabatPenilai();

    /** Returns the appraiser's NIP as written on the form, also when it is not a valid NIP. */
    public abstract Optional<String> pejabatPenilaiNipText();

    /** Returns the kegiatan in form order. */
    public abstract List<CkpKegiatan> kegiatan();

    /** Returns the RATA-RATA of the capaian column as the form shows it. */
    public abstract Optional<FormValue> shownRataRataCapaian();

    /** Returns the RATA-RATA of the tingkat kualitas column as the form shows it. */
    public abstract Optional<FormValue> shownRataRataKualitas();

    /** Returns the CKP (Capaian Kinerja Pegawai) as the form shows it. */
    public abstract Optional<FormValue> shownCkp();

    /**
     * Returns the kegiatan of one section, in form order.
     *
     * @param jenis  the section, not null
     * @return the kegiatan listed in that section, not null
     */
    public List<CkpKegiatan> kegiatan(JenisKegiatan jenis) {
        Objects.requireNonNull(jenis, "jenis");
        return kegiatan().stream().filter(k -> k.jenis() == jenis).collect(Collectors.toUnmodifiableList());
    }

    @Value.Check
    final void check() {
        for (Optional<String> text : List.of(satuanOrganisasi(), pegawaiNipText(), periode(),
                pejabatPenilaiNipText())) {
            if (text.map(String::isBlank).orElse(false)) {
                throw new IllegalArgumentException(
                        "text attributes must not be blank when present; leave them empty instead");
            }
        }
    }

    /** Builder of CKP forms; {@code kind} is required. */
    public static final class Builder extends ImmutableCkpForm.Builder {
        Builder() {}
    }
}
