package io.github.kinerja.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.ckp.CkpForm;
import io.github.kinerja.core.ckp.CkpKegiatan;
import io.github.kinerja.core.ckp.CkpKegiatanResult;
import io.github.kinerja.core.ckp.CkpResult;
import io.github.kinerja.core.pp46.Kegiatan;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.pp46.calc.AspekResult;
import io.github.kinerja.core.pp46.calc.KegiatanResult;
import io.github.kinerja.core.pp46.calc.Nilai;
import io.github.kinerja.core.pp46.calc.Pp46Result;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.excel.CkpReadResult;
import io.github.kinerja.excel.Pp46ReadResult;
import io.github.kinerja.json.KinerjaJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Renders a {@link ScoredWorkbook} as one JSON document. Numbers are exact decimals written without exponent; each
 * score carries its exact value, its value rounded by the result's rounding policy and, where it has one, its
 * category.
 */
final class JsonRenderer {

    private static final JsonNodeFactory NODES = new ExactDecimalNodeFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    // Reads the library's documents back as trees with their exact decimals.
    private static final ObjectMapper DOCUMENTS = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(NODES);

    private JsonRenderer() {}

    static String render(ScoredWorkbook scored) {
        ObjectNode root = NODES.objectNode();
        root.put("file", scored.path().toString());
        root.put("layout", scored.layout().name());
        root.put("scored", scored.isScored());
        scored.pp46().ifPresent(read -> root.set("pp46", pp46(read)));
        scored.ckp().ifPresent(read -> root.set("ckp", ckp(read)));
        scored.permen2021().ifPresent(read -> root.set("permen2021",
                document(read.hasil().map(h -> (Object) h).orElse(read.skp()))));
        scored.permen2022().ifPresent(read -> root.set("permen2022", document(read.hasil().map(h -> (Object) h)
                .or(() -> read.penilaian().map(p -> (Object) p)).orElse(read.skp()))));
        root.set("findings", findings(scored.report().findings()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serialises; failing here is a bug in this class.
            throw new IllegalStateException("cannot write the JSON result", e);
        }
    }

    // The value as its kinerja JSON document, so that the output carries the same form as `kinerja convert`.
    private static JsonNode document(Object value) {
        try {
            return DOCUMENTS.readTree(KinerjaJson.defaults().write(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot embed the JSON document", e);
        }
    }

    private static ObjectNode pp46(Pp46ReadResult read) {
        SkpPp46 skp = read.skp();
        ObjectNode node = NODES.objectNode();
        ObjectNode period = node.putObject("period");
        period.put("start", skp.period().start().toString());
        period.put("end", skp.period().end().toString());
        node.set("pegawai", person(skp.pegawai()));
        skp.pejabatPenilai().ifPresent(p -> node.set("pejabatPenilai", person(p)));
        skp.atasanPejabatPenilai().ifPresent(p -> node.set("atasanPejabatPenilai", person(p)));

        Optional<Pp46Result> score = read.score();
        if (score.isEmpty()) {
            ArrayNode plan = node.putArray("kegiatan");
            for (Kegiatan kegiatan : skp.kegiatan()) {
                ObjectNode item = plan.addObject();
                item.put("name", kegiatan.name());
                kegiatan.target().ifPresent(t -> {
                    ObjectNode target = item.putObject("target");
                    target.put("kuantitas", t.kuantitas());
                    target.put("kualitas", t.kualitas());
                    target.put("waktu", t.waktu());
                    t.biaya().ifPresent(b -> target.put("biaya", b));
                });
            }
            return node;
        }

        Pp46Result result = score.get();
        ArrayNode kegiatan = node.putArray("kegiatan");
        for (KegiatanResult item : result.kegiatan()) {
            ObjectNode entry = kegiatan.addObject();
            entry.put("name", item.name());
            entry.put("executed", item.executed());
            ArrayNode aspects = entry.putArray("aspects");
            for (AspekResult aspect : item.aspects()) {
                ObjectNode a = aspects.addObject();
                a.put("aspek", aspect.aspek().name());
                a.put("target", aspect.target());
                aspect.realisasi().ifPresent(r -> a.put("realisasi", r));
                aspect.efisiensi().ifPresent(e -> a.put("efisiensi", e));
                aspect.branch().ifPresent(b -> a.put("branch", b.name()));
                a.put("value", aspect.value());
                a.set("steps", steps(aspect.steps()));
            }
            entry.put("penghitungan", item.penghitungan());
            entry.put("divisor", item.divisor());
            entry.put("value", item.value());
        }
        ObjectNode capaian = node.putObject("capaianSkp");
        capaian.put("kegiatanMean", result.capaianSkp().kegiatanMean());
        capaian.put("tugasTambahan", result.capaianSkp().tugasTambahan());
        capaian.put("kreativitas", result.capaianSkp().kreativitas());
        capaian.set("steps", steps(result.capaianSkp().steps()));
        node.set("nilaiCapaianSkp", nilai(result.nilaiCapaianSkp()));
        result.nilaiPerilaku().ifPresent(n -> node.set("nilaiPerilaku", nilai(n)));
        result.prestasi().ifPresent(p -> {
            ObjectNode prestasi = node.putObject("prestasi");
            prestasi.put("skpPart", p.skpPart());
            prestasi.put("perilakuPart", p.perilakuPart());
            prestasi.set("steps", steps(p.steps()));
        });
        result.nilaiPrestasiKerja().ifPresent(n -> node.set("nilaiPrestasiKerja", nilai(n)));
        ObjectNode rounding = node.putObject("rounding");
        rounding.put("scale", result.roundingPolicy().scale());
        rounding.put("mode", result.roundingPolicy().mode().name());
        rounding.put("stage", result.roundingPolicy().stage().name());
        return node;
    }

    private static ObjectNode ckp(CkpReadResult read) {
        ObjectNode node = NODES.objectNode();
        read.target().ifPresent(form -> node.set("target", ckpForm(form)));
        read.realisasi().ifPresent(form -> node.set("realisasi", ckpForm(form)));
        read.calculation().ifPresent(result -> node.set("calculation", ckpCalculation(result)));
        return node;
    }

    private static ObjectNode ckpForm(CkpForm form) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", form.kind().code());
        form.satuanOrganisasi().ifPresent(s -> node.put("satuanOrganisasi", s));
        form.periode().ifPresent(p -> node.put("periode", p));
        form.bulan().ifPresent(b -> node.put("bulan", b.toString()));
        form.pegawai().ifPresent(p -> node.set("pegawai", person(p)));
        form.pegawaiNipText().ifPresent(n -> node.put("pegawaiNipText", n));
        form.pejabatPenilai().ifPresent(p -> node.set("pejabatPenilai", person(p)));
        form.pejabatPenilaiNipText().ifPresent(n -> node.put("pejabatPenilaiNipText", n));
        ArrayNode kegiatan = node.putArray("kegiatan");
        for (CkpKegiatan item : form.kegiatan()) {
            kegiatan.add(ckpKegiatan(item));
        }
        return node;
    }

    private static ObjectNode ckpKegiatan(CkpKegiatan item) {
        ObjectNode node = NODES.objectNode();
        node.put("jenis", item.jenis().name());
        item.nomor().ifPresent(n -> node.put("nomor", n));
        node.put("uraian", item.uraian());
        item.kelompok().ifPresent(k -> node.put("kelompok", k));
        item.satuan().ifPresent(s -> node.put("satuan", s));
        item.targetKuantitas().ifPresent(t -> node.put("targetKuantitas", t));
        item.realisasiKuantitas().ifPresent(r -> node.put("realisasiKuantitas", r));
        item.tingkatKualitas().ifPresent(k -> node.put("tingkatKualitas", k));
        item.kodeButir().ifPresent(k -> node.put("kodeButir", k));
        item.angkaKredit().ifPresent(a -> node.put("angkaKredit", a));
        item.location().ifPresent(l -> node.put("location", l));
        return node;
    }

    private static ObjectNode ckpCalculation(CkpResult result) {
        ObjectNode node = NODES.objectNode();
        node.put("capaianCap", result.capaianCap().name());
        ArrayNode kegiatan = node.putArray("kegiatan");
        for (CkpKegiatanResult item : result.kegiatan()) {
            ObjectNode entry = kegiatan.addObject();
            entry.put("uraian", item.kegiatan().uraian());
            item.capaian().ifPresent(c -> entry.put("capaian", c));
        }
        result.rataRataCapaian().ifPresent(v -> node.put("rataRataCapaian", v));
        result.rataRataKualitas().ifPresent(v -> node.put("rataRataKualitas", v));
        result.ckp().ifPresent(v -> node.put("ckp", v));
        result.shownCkp().ifPresent(v -> {
            ObjectNode shown = node.putObject("shownCkp");
            shown.put("value", v.value());
            shown.put("location", v.location());
        });
        node.set("steps", steps(result.steps()));
        return node;
    }

    private static ObjectNode person(Person person) {
        ObjectNode node = NODES.objectNode();
        node.put("name", person.name());
        person.nip().ifPresent(nip -> node.put("nip", nip.digits()));
        person.golongan().ifPresent(g -> node.put("golongan", g.code()));
        person.jabatan().ifPresent(j -> node.put("jabatan", j));
        person.unitKerja().ifPresent(u -> node.put("unitKerja", u));
        return node;
    }

    private static ObjectNode nilai(Nilai nilai) {
        ObjectNode node = NODES.objectNode();
        node.put("exact", nilai.exact());
        node.put("rounded", nilai.rounded());
        node.put("kategori", nilai.kategori().name());
        return node;
    }

    private static ArrayNode steps(List<CalculationStep> steps) {
        ArrayNode array = NODES.arrayNode();
        for (CalculationStep step : steps) {
            ObjectNode node = array.addObject();
            node.put("name", step.name());
            node.put("formula", step.formula());
            node.put("value", step.value());
        }
        return array;
    }

    private static ArrayNode findings(List<Finding> findings) {
        ArrayNode array = NODES.arrayNode();
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("code", finding.code());
            node.put("severity", finding.severity().name());
            node.put("location", finding.location());
            node.put("message", finding.message(Locale.ENGLISH));
            node.put("messageId", finding.message(Locale.forLanguageTag("id")));
        }
        return array;
    }

    /** Keeps decimals as they are: the default factory may strip trailing zeros, and 88.50 must stay 88.50. */
    private static final class ExactDecimalNodeFactory extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueNode numberNode(@Nullable BigDecimal value) {
            return value == null ? nullNode() : DecimalNode.valueOf(value);
        }
    }
}
