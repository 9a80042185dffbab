package vn.ishc.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @Test
    void describesTheApiWithoutAskingClientsForTheirScope() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyText()
                .contains("\"/api/v1/units/lookup\"", "\"/api/v1/villages\"", "ISHC API")
                .doesNotContain("\"name\":\"scope\"");
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
    }

    @Test
    void healthIsOpenToMonitoringWithoutSignIn() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
    }

    @Test
    void everyBodyOfTheApiHasASchemaOfItsOwnName() {
        Map<String, List<String>> byName = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().importPackages("vn.ishc")) {
            if (!type.getPackageName().matches("vn\\.ishc\\.[a-z]+\\.api") || !type.reflect().isRecord()
                    || type.reflect().getTypeParameters().length > 0) {
                continue;
            }
            Schema named = type.reflect().getAnnotation(Schema.class);
            String name = named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(type.getName());
        }
        assertThat(byName).as("API records sharing a schema name (the API description would show one for the other)")
                .allSatisfy((name, types) -> assertThat(types).hasSize(1));
        assertThat(byName).containsKeys("MemberCorrection", "TrainingCorrection");
    }

    @Test
    void aCorrectionOfAMemberIsDescribedWithTheMembersFieldsNotATrainingsOrAClubs() throws Exception {
        JsonNode docs = JsonMapper.builder().build().readTree(mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsByteArray());
        assertThat(body(docs, "/api/v1/members/{personId}", "put").path("properties").has("person")).isTrue();
        assertThat(body(docs, "/api/v1/trainings/{id}", "put").path("properties").has("title")).isTrue();
        assertThat(body(docs, "/api/v1/clubs/{id}", "put").path("properties").has("club")).isTrue();
    }

    /**
     * Every record the API reads or writes is described by a schema with its own fields: two records of one
     * name (in different modules) would otherwise share one schema and one of them would show the other's body.
     */
    @Test
    void everyRecordTheApiReadsOrWritesIsDescribedWithItsOwnFields() throws Exception {
        JsonNode schemas = JsonMapper.builder().build()
                .readTree(mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsByteArray())
                .path("components").path("schemas");
        Map<Class<?>, String> seen = new java.util.LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getPatternValues().stream().noneMatch(p -> p.startsWith("/api/"))) {
                return;
            }
            for (org.springframework.core.MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
                    records(parameter.getGenericParameterType(), seen, method.toString());
                }
            }
            records(method.getMethod().getGenericReturnType(), seen, method.toString());
        });
        assertThat(seen).isNotEmpty();
        List<String> wrong = new ArrayList<>();
        seen.forEach((type, where) -> {
            Schema named = type.getAnnotation(Schema.class);
            String name = named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
            JsonNode schema = schemas.path(name);
            java.util.Set<String> fields = new java.util.TreeSet<>();
            schema.path("properties").propertyNames().forEach(fields::add);
            for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
                if (!fields.contains(c.getName()) && !c.getType().equals(Void.class)) {
                    wrong.add(type.getName() + " (schema " + name + ", used by " + where + ") lacks " + c.getName()
                            + "; the schema has " + fields);
                    return;
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** The records a declared type holds, directly or through a list, an optional or a response entity. */
    private static void records(java.lang.reflect.Type type, Map<Class<?>, String> seen, String where) {
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            for (java.lang.reflect.Type argument : p.getActualTypeArguments()) {
                records(argument, seen, where);
            }
            type = p.getRawType();
        }
        if (type instanceof Class<?> c && c.isRecord() && c.getTypeParameters().length == 0
                && c.getName().startsWith("vn.ishc.") && seen.putIfAbsent(c, where) == null) {
            for (java.lang.reflect.RecordComponent component : c.getRecordComponents()) {
                records(component.getGenericType(), seen, where);
            }
        }
    }

    private static JsonNode body(JsonNode docs, String path, String method) {
        JsonNode operation = docs.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
        String ref = operation.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText();
        assertThat(ref).as("body of " + method + " " + path).startsWith("#/components/schemas/");
        return docs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
    }
}
