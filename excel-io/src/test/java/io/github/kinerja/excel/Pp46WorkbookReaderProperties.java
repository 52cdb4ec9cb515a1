package io.github.kinerja.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.AspekPerilaku;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.Kreativitas;
import io.github.kinerja.core.pp46.ManfaatKreativitas;
import io.github.kinerja.core.pp46.PerilakuKerja;
import io.github.kinerja.core.pp46.Realisasi;
import io.github.kinerja.core.pp46.SatuanWaktu;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.Target;
import io.github.kinerja.core.pp46.TugasTambahan;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import io.github.kinerja.core.testing.Property;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Generated PP 46 evaluation data, written with the test generator and read back, gives the same model. */
class Pp46WorkbookReaderProperties {

    private static final String NAME_LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final List<String> SATUAN = List.of("Laporan", "Dokumen", "Berkas", "Kegiatan", "Surat");
    private static final List<Nip> NIPS = List.of(Nip.parse("196608121994022908"), Nip.parse("198107262005121903"),
            Nip.parse("199511142019011907"));

    // Words of letters joined by single spaces, starting with an upper-case word so no label matches it.
    private static Gen<String> names() {
        Gen<List<String>> words = Gens.lists(Gens.strings(3, 9, NAME_LETTERS), 2, 5);
        return words.map(list -> "Menyusun " + String.join(" ", list));
    }

    private static Gen<Optional<BigDecimal>> optional(Gen<BigDecimal> values) {
        return Gens.optionals(values);
    }

    private static Gen<Kegiatan> kegiatan(String name) {
        return random -> {
            BigDecimal kuantitas = Gens.decimals("1", "60", random.nextBoolean() ? 0 : 2).generate(random);
            BigDecimal kualitas = Gens.decimals("50", "100", 0).generate(random);
            BigDecimal waktu = Gens.decimals("1", "12", 0).generate(random);
            Optional<BigDecimal> biaya = optional(Gens.decimals("1000000", "500000000", 0)).generate(random)
                    .filter(b -> random.nextInt(3) == 0);
            Target.Builder target = Target.builder().kuantitas(ReadContext.normal(kuantitas))
                    .kualitas(kualitas).waktu(waktu);
            biaya.ifPresent(target::biaya);
            optional(Gens.decimals("0.01", "5", 2)).generate(random).map(ReadContext::normal)
                    .ifPresent(target::angkaKredit);
            Kegiatan.Builder builder = Kegiatan.builder()
                    .name(name)
                    .satuanOutput(Gens.elements(SATUAN).generate(random))
                    .satuanWaktu(Gens.oneOf(SatuanWaktu.values()).generate(random))
                    .target(target.build());
            if (random.nextInt(5) > 0) {
                Realisasi.Builder realisasi = Realisasi.builder()
                        .kuantitas(ReadContext.normal(Gens.decimals("0", "80", 2).generate(random)))
                        .kualitas(Gens.decimals("0", "100", 0).generate(random))
                        .waktu(Gens.decimals("1", "14", 0).generate(random));
                biaya.map(b -> b.subtract(BigDecimal.valueOf(random.nextInt(1000)))).ifPresent(realisasi::biaya);
                builder.realisasi(realisasi.build());
            }
            return builder.build();
        };
    }

    private static Gen<SkpPp46> skps() {
        return random -> {
            SkpPp46.Builder skp = SkpPp46.builder();
            Person.Builder pegawai = Person.builder().name("Pegawai " + names().generate(random));
            Gens.optionals(Gens.elements(NIPS)).generate(random).ifPresent(pegawai::nip);
            Gens.optionals(Gens.oneOf(Golongan.values())).generate(random).ifPresent(pegawai::golongan);
            Gens.optionals(Gens.oneOf("Analis Kepegawaian", "Pranata Komputer")).generate(random)
                    .ifPresent(pegawai::jabatan);
            Gens.optionals(Gens.oneOf("BKD Kabupaten Contoh", "Dinas Kominfo")).generate(random)
                    .ifPresent(pegawai::unitKerja);
            skp.pegawai(pegawai.build());
            if (random.nextBoolean()) {
                skp.pejabatPenilai(Person.builder().name("Penilai " + names().generate(random))
                        .nip(Gens.elements(NIPS).generate(random)).build());
            }
            skp.period(AssessmentPeriod.ofYear(Gens.integers(2014, 2021).generate(random)));
            int count = Gens.integers(1, 6).generate(random);
            for (int i = 0; i < count; i++) {
                skp.addKegiatan(kegiatan("K" + (i + 1) + " " + names().generate(random)).generate(random));
            }
            for (int i = 0; i < Gens.integers(0, 4).generate(random); i++) {
                skp.addTugasTambahan(TugasTambahan.of("Tugas " + names().generate(random)));
            }
            for (int i = 0; i < Gens.integers(0, 2).generate(random); i++) {
                skp.addKreativitas(Kreativitas.of("Inovasi " + names().generate(random),
                        Gens.oneOf(ManfaatKreativitas.values()).generate(random)));
            }
            if (random.nextBoolean()) {
                Map<AspekPerilaku, BigDecimal> scores = new EnumMap<>(AspekPerilaku.class);
                for (AspekPerilaku aspect : AspekPerilaku.nonStruktural()) {
                    scores.put(aspect, ReadContext.normal(Gens.decimals("50", "100", 2).generate(random)));
                }
                if (random.nextBoolean()) {
                    scores.put(AspekPerilaku.KEPEMIMPINAN, Gens.decimals("50", "100", 0).generate(random));
                }
                skp.perilaku(PerilakuKerja.of(scores));
            }
            return skp.build();
        };
    }

    @Test
    void writtenThenRead_sameModel_bothFormats() {
        Gen<Pp46FormFixtures.Format> formats = Gens.oneOf(Pp46FormFixtures.Format.values());
        Gen<Pp46FormFixtures.NumberCells> numbers = Gens.oneOf(Pp46FormFixtures.NumberCells.values());
        Property.forAll(skps(), random -> List.of(formats.generate(random), numbers.generate(random)),
                (skp, variant) -> {
                    Pp46FormFixtures.Format format = (Pp46FormFixtures.Format) variant.get(0);
                    Pp46FormFixtures.NumberCells cells = (Pp46FormFixtures.NumberCells) variant.get(1);
                    byte[] workbook = Pp46FormFixtures.write(skp, format,
                            Pp46FormFixtures.Options.standard().numbers(cells));

                    Pp46ReadResult result = Pp46WorkbookReader.standard()
                            .read(new ByteArrayInputStream(workbook), "generated" + format.extension());

                    assertThat(result.skp()).isEqualTo(skp);
                    assertThat(result.report().findings()).noneMatch(f -> f.code().startsWith("excel."));
                });
    }
}
