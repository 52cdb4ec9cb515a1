package io.github.kinerja.json;

import static io.github.kinerja.json.CoreGens.decimals;
import static io.github.kinerja.json.CoreGens.list;
import static io.github.kinerja.json.CoreGens.optional;
import static io.github.kinerja.json.CoreGens.text;

import io.github.kinerja.core.Golongan;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.permen2022.PredikatPegawai;
import io.github.kinerja.core.permen2022.Rating;
import io.github.kinerja.core.recap.ActivityLogEntry;
import io.github.kinerja.core.recap.AktivitasRow;
import io.github.kinerja.core.recap.PrestasiKerjaRecap;
import io.github.kinerja.core.recap.PrestasiKerjaRow;
import io.github.kinerja.core.recap.RecapRow;
import io.github.kinerja.core.recap.RencanaKinerjaRow;
import io.github.kinerja.core.recap.UnitRecap;
import io.github.kinerja.core.testing.Gen;
import io.github.kinerja.core.testing.Gens;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** Generators of the recap types: valid values only, with every optional value present or absent. */
final class RecapGens {

    private RecapGens() {}

    static Gen<RecapRow> recapRow() {
        return random -> {
            Optional<Nip> nip = optional(CoreGens.nip()).generate(random);
            Optional<String> nipText = nip.isPresent() ? Optional.of(nip.get().formatted())
                    : optional(text(20)).generate(random);
            return RecapRow.builder()
                    .nomor(optional(text(5)).generate(random))
                    .nipText(nipText)
                    .nip(nip)
                    .nama(text(30).generate(random))
                    .jabatan(optional(text(30)).generate(random))
                    .unor(optional(text(30)).generate(random))
                    .unorInduk(optional(text(30)).generate(random))
                    .golongan(optional(Gens.oneOf(Golongan.values())).generate(random))
                    .jenisPegawai(optional(text(10)).generate(random))
                    .hasilKerja(optional(Gens.oneOf(Rating.values())).generate(random))
                    .perilakuKerja(optional(Gens.oneOf(Rating.values())).generate(random))
                    .predikat(optional(Gens.oneOf(PredikatPegawai.values())).generate(random))
                    .build();
        };
    }

    static Gen<UnitRecap> unitRecap() {
        return random -> UnitRecap.builder()
                .title(optional(text(40)).generate(random))
                .instansi(optional(text(30)).generate(random))
                .periode(optional(text(20)).generate(random))
                .unorInduk(optional(text(30)).generate(random))
                .unor(optional(text(30)).generate(random))
                .dataDitarikPada(optional(text(20)).generate(random))
                .rows(list(recapRow(), 4).generate(random))
                .build();
    }

    static Gen<PrestasiKerjaRow> prestasiKerjaRow() {
        return random -> {
            Optional<Nip> nip = optional(CoreGens.nip()).generate(random);
            Optional<String> nipText = nip.isPresent() ? Optional.of(nip.get().formatted())
                    : optional(text(20)).generate(random);
            return PrestasiKerjaRow.builder()
                    .nipText(nipText)
                    .nip(nip)
                    .nama(text(30).generate(random))
                    .nilaiSkp(optional(decimals("100")).generate(random))
                    .nilaiSkpTertimbang(optional(decimals("60")).generate(random))
                    .orientasiPelayanan(optional(decimals("100")).generate(random))
                    .integritas(optional(decimals("100")).generate(random))
                    .komitmen(optional(decimals("100")).generate(random))
                    .disiplin(optional(decimals("100")).generate(random))
                    .kerjaSama(optional(decimals("100")).generate(random))
                    .kepemimpinan(optional(decimals("100")).generate(random))
                    .jumlahPerilaku(optional(decimals("600")).generate(random))
                    .rataRataPerilaku(optional(decimals("100")).generate(random))
                    .nilaiPerilakuTertimbang(optional(decimals("40")).generate(random))
                    .nilaiPrestasiKerja(optional(decimals("100")).generate(random))
                    .unitKerja(optional(text(30)).generate(random))
                    .unitInduk(optional(text(30)).generate(random))
                    .build();
        };
    }

    static Gen<PrestasiKerjaRecap> prestasiKerjaRecap() {
        return random -> PrestasiKerjaRecap.builder()
                .tahun(optional(Gens.integers(1900, 2999)).generate(random))
                .rows(list(prestasiKerjaRow(), 4).generate(random))
                .build();
    }

    static Gen<RencanaKinerjaRow> rencanaKinerjaRow() {
        return random -> RencanaKinerjaRow.builder()
                .id(optional(text(10)).generate(random))
                .uraian(text(60).generate(random))
                .rhkAtasan(optional(text(60)).generate(random))
                .tahun(optional(Gens.integers(1900, 2999)).generate(random))
                .tim(optional(text(20)).generate(random))
                .build();
    }

    static Gen<ActivityLogEntry> activityLogEntry() {
        return random -> ActivityLogEntry.builder()
                .tanggal(Gens.dates(LocalDate.of(2014, 1, 1), LocalDate.of(2030, 12, 31)).generate(random))
                .waktu(optional(time()).generate(random))
                .deskripsi(text(60).generate(random))
                .build();
    }

    static Gen<AktivitasRow> aktivitasRow() {
        return random -> AktivitasRow.builder()
                .nomor(optional(text(5)).generate(random))
                .uraian(text(60).generate(random))
                .satuan(optional(text(15)).generate(random))
                .waktu(optional(decimals("1000")).generate(random))
                .build();
    }

    /** Returns times of day with whole minutes, whole seconds or a fraction, to cover every written form. */
    private static Gen<LocalTime> time() {
        return random -> {
            LocalTime time = LocalTime.ofSecondOfDay(random.nextInt(24 * 60 * 60));
            return switch (random.nextInt(3)) {
                case 0 -> time.withSecond(0);
                case 1 -> time;
                default -> time.withNano(1 + random.nextInt(999_999_999));
            };
        };
    }
}
