package io.github.kinerja.json;

import io.github.kinerja.core.AssessmentPeriod;
import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.RoundingPolicy;
import io.github.kinerja.core.report.Finding;
import io.github.kinerja.core.report.Report;
import io.github.kinerja.json.internal.Enums;
import java.util.Locale;

/** The codecs of the shared core types and of reports. */
final class CoreCodecs {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    static final Codec<Person> PERSON = Codec.builder(Person.class, "Person",
                    "A civil servant: the appraised pegawai, the pejabat penilai or the atasan pejabat penilai.")
            .required("name", Shape.TEXT)
            .optional("nip", Shape.NIP)
            .optional("golongan", Shape.code(Enums.GOLONGAN))
            .optional("jabatan", Shape.TEXT)
            .optional("unitKerja", Shape.TEXT)
            .writer((person, out) -> out
                    .text("name", person.name())
                    .optionalNip("nip", person.nip())
                    .optionalCode("golongan", Enums.GOLONGAN, person.golongan())
                    .optionalText("jabatan", person.jabatan())
                    .optionalText("unitKerja", person.unitKerja()))
            .reader(in -> {
                Person.Builder person = Person.builder()
                        .name(in.text("name"))
                        .nip(in.optionalNip("nip"))
                        .golongan(in.optionalCode("golongan", Enums.GOLONGAN))
                        .jabatan(in.optionalText("jabatan"))
                        .unitKerja(in.optionalText("unitKerja"));
                return in.build(person::build);
            })
            .build();

    static final Codec<AssessmentPeriod> PERIOD = Codec.builder(AssessmentPeriod.class, "AssessmentPeriod",
                    "The period an SKP covers, from the first to the last day, both inclusive.")
            .required("start", Shape.DATE)
            .required("end", Shape.DATE)
            .writer((period, out) -> out.date("start", period.start()).date("end", period.end()))
            .reader(in -> {
                var start = in.date("start");
                var end = in.date("end");
                return in.build(() -> AssessmentPeriod.of(start, end));
            })
            .build();

    static final Codec<RoundingPolicy> ROUNDING = Codec.builder(RoundingPolicy.class, "RoundingPolicy",
                    "How calculated scores are rounded; a property left out takes its default.")
            .optional("scale", Shape.integer(0, TreeReader.MAX_DIGITS))
            .optional("mode", Shape.code(Enums.ROUNDING_MODE))
            .optional("stage", Shape.code(Enums.ROUNDING_STAGE))
            .writer((policy, out) -> out
                    .integer("scale", policy.scale())
                    .code("mode", Enums.ROUNDING_MODE, policy.mode())
                    .code("stage", Enums.ROUNDING_STAGE, policy.stage()))
            .reader(in -> {
                RoundingPolicy.Builder policy = RoundingPolicy.builder();
                in.optional("scale", value -> value.integer(0, TreeReader.MAX_DIGITS)).ifPresent(policy::scale);
                in.optionalCode("mode", Enums.ROUNDING_MODE).ifPresent(policy::mode);
                in.optionalCode("stage", Enums.ROUNDING_STAGE).ifPresent(policy::stage);
                return in.build(policy::build);
            })
            .build();

    static final Codec<CalculationStep> STEP = Codec.builder(CalculationStep.class, "CalculationStep",
                    "One explained step of a calculation: a stable name, the formula with its numbers and the exact"
                            + " value.")
            .required("name", Shape.TEXT)
            .required("formula", Shape.TEXT)
            .required("value", Shape.DECIMAL)
            .writer((step, out) -> out
                    .text("name", step.name())
                    .text("formula", step.formula())
                    .decimal("value", step.value()))
            .reader(in -> {
                String name = in.text("name");
                String formula = in.text("formula");
                var value = in.decimal("value");
                return in.build(() -> CalculationStep.of(name, formula, value));
            })
            .build();

    static final Codec<Finding> FINDING = Codec.builder(Finding.class, "Finding",
                    "One finding of a validation or calculation: a stable code, a severity, a location and the"
                            + " arguments of its message.")
            .required("code", Shape.TEXT)
            .required("severity", Shape.code(Enums.SEVERITY))
            .required("location", Shape.ANY_TEXT)
            .required("bundle", Shape.TEXT)
            .optional("arguments", Shape.list(Shape.ANY_TEXT))
            .derived("messageEn", Shape.ANY_TEXT)
            .derived("messageId", Shape.ANY_TEXT)
            .writer((finding, out) -> out
                    .text("code", finding.code())
                    .code("severity", Enums.SEVERITY, finding.severity())
                    .text("location", finding.location())
                    .text("bundle", finding.bundle())
                    .textList("arguments", finding.arguments())
                    .text("messageEn", finding.message(Locale.ROOT))
                    .text("messageId", finding.message(INDONESIAN)))
            .reader(in -> {
                String code = in.text("code");
                var severity = in.code("severity", Enums.SEVERITY);
                String location = in.anyText("location");
                String bundle = in.text("bundle");
                Object[] arguments = in.optional("arguments", value -> value.list(JsonIn::anyText))
                        .orElse(java.util.List.of()).toArray();
                return in.build(() -> Finding.of(bundle, code, severity, location, arguments));
            })
            .build();

    static final Codec<Report> REPORT = Codec.builder(Report.class, "Report",
                    "The findings of a validation or calculation, in the order they were made.")
            .optional("findings", Shape.listOf(FINDING))
            .writer((report, out) -> out.list("findings", FINDING, report.findings()))
            .reader(in -> {
                var findings = in.list("findings", FINDING);
                return in.build(() -> Report.of(findings));
            })
            .build();

    private CoreCodecs() {}
}
