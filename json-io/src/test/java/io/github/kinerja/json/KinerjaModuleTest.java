package io.github.kinerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kinerja.core.CalculationStep;
import io.github.kinerja.core.Nip;
import io.github.kinerja.core.Person;
import io.github.kinerja.core.pp46.SkpPp46;
import io.github.kinerja.core.report.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Jackson module on its own: discovery, plain mappers and values embedded in a caller's JSON. */
class KinerjaModuleTest {

    @Test
    void serviceLoader_findsTheModule() {
        assertThat(ServiceLoader.load(Module.class))
                .anySatisfy(module -> assertThat(module).isInstanceOf(KinerjaModule.class));
    }

    @Test
    void findAndRegisterModules_registersTheModule() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains("KinerjaModule");
    }

    @Test
    void plainMapper_writesFacadeText() throws Exception {
        SkpPp46 skp = DomainGens.pp46Skp().generate(new SplittableRandom(3));
        ObjectMapper mapper = new ObjectMapper().registerModule(new KinerjaModule());
        String json = mapper.writeValueAsString(skp);
        assertThat(json).isEqualTo(KinerjaJson.defaults().write(skp));
        assertThat(mapper.readValue(json, SkpPp46.class)).isEqualTo(skp);
    }

    @Test
    void plainMapper_keepsDecimalsExact() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new KinerjaModule());
        CalculationStep step = CalculationStep.of("x", "1 / 10000000", new BigDecimal("0.00000010"));
        String json = mapper.writeValueAsString(step);
        assertThat(json).contains("\"value\":0.00000010");
        assertThat(mapper.readValue(json, CalculationStep.class)).isEqualTo(step);
    }

    @Test
    void embeddedValues_haveNoEnvelope() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new KinerjaModule());
        String json = mapper.writeValueAsString(Map.of("report", Report.empty()));
        assertThat(json).isEqualTo("{\"report\":{\"findings\":[]}}");
        Map<String, Report> back = mapper.readValue(json, new TypeReference<Map<String, Report>>() { });
        assertThat(back.get("report")).isEqualTo(Report.empty());
    }

    @Test
    void jsonDocuments_keepTheirEnvelopeInLists() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new KinerjaModule());
        List<JsonDocument> documents = List.of(JsonDocument.of(Report.empty()));
        String json = mapper.writeValueAsString(documents);
        assertThat(json).isEqualTo("[{\"formatVersion\":\"1.1\",\"type\":\"report\",\"findings\":[]}]");
        assertThat(mapper.readValue(json, new TypeReference<List<JsonDocument>>() { })).isEqualTo(documents);
    }

    @Test
    void readError_causeHasCallerPointer() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new KinerjaModule());
        String json = "{\"people\":[{\"name\":\"Siti\"},{\"name\":7}]}";
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue(json, new TypeReference<Map<String, List<Person>>>() { }));
        assertThat(e.getCause()).isInstanceOf(JsonReadException.class);
        JsonReadException cause = (JsonReadException) e.getCause();
        assertThat(cause.pointer()).isEqualTo("/people/1/name");
        assertThat(cause.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    }

    @Test
    void nip_isAStringOfDigits() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new KinerjaModule());
        Nip nip = Nip.parse("19660812 199402 2 908");
        assertThat(mapper.writeValueAsString(nip)).isEqualTo("\"196608121994022908\"");
        assertThat(mapper.readValue("\"196608121994022908\"", Nip.class)).isEqualTo(nip);
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue("{\"nip\":\"19660812\"}", new TypeReference<Map<String, Nip>>() { }));
        assertThat(((JsonReadException) e.getCause()).pointer()).isEqualTo("/nip");
    }

    @Test
    void failOnUnknownProperties_decidesUnknownProperties() throws Exception {
        String json = "{\"name\":\"Siti\",\"extra\":1}";
        ObjectMapper strict = new ObjectMapper().registerModule(new KinerjaModule());
        assertThat(catchThrowableOfType(JsonMappingException.class, () -> strict.readValue(json, Person.class))
                .getCause()).isInstanceOf(JsonReadException.class);
        ObjectMapper lenient = new ObjectMapper().registerModule(new KinerjaModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(lenient.readValue(json, Person.class)).isEqualTo(Person.of("Siti"));
    }

    @Test
    void facadeMapper_isAnIndependentCopy() {
        ObjectMapper first = KinerjaJson.defaults().mapper();
        first.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(KinerjaJson.defaults().mapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .isTrue();
    }
}
