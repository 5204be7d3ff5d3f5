package dev.ledfleet.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.effect.ParamSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectsCommandTest {

    private JsonNode runEffects() throws Exception {
        CommandOutput output = new CommandOutput();
        assertThat(EffectsCommand.run(new String[0], output.out, output.err)).isZero();
        return new ObjectMapper().readTree(output.out());
    }

    @Test
    void effects_printsEveryCatalogEffect_asJsonArray() throws Exception {
        JsonNode effects = runEffects();
        assertThat(effects.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode effect : effects) {
            ids.add(effect.get("id").asText());
            assertThat(effect.get("name").asText()).isNotBlank();
            assertThat(effect.get("dimensions").asText()).isIn("1d", "2d");
            assertThat(effect.get("params").isArray()).isTrue();
        }
        assertThat(ids).isEqualTo(EffectCatalog.standard().ids());
    }

    @Test
    void effects_numericParams_carryTypeDefaultMinMax() throws Exception {
        JsonNode comet = null;
        for (JsonNode effect : runEffects()) {
            if (effect.get("id").asText().equals("comet")) {
                comet = effect;
            }
        }
        assertThat(comet).isNotNull();
        JsonNode tail = null;
        for (JsonNode param : comet.get("params")) {
            assertThat(param.has("name") && param.has("type") && param.has("default")).isTrue();
            if (param.get("name").asText().equals("tail-length")) {
                tail = param;
            }
        }
        ParamSpec spec = EffectCatalog.standard().find("comet").orElseThrow().param("tail-length").orElseThrow();
        assertThat(tail.get("type").asText()).isEqualTo("int");
        assertThat(tail.get("default").asInt()).isEqualTo(spec.defaultValue());
        assertThat(tail.get("min").asDouble()).isEqualTo(spec.min());
        assertThat(tail.get("max").asDouble()).isEqualTo(spec.max());
        assertThat(spec.max()).isGreaterThan(spec.min());
    }

    @Test
    void effects_withArgument_isRefused() {
        CommandOutput output = new CommandOutput();
        assertThat(EffectsCommand.run(new String[] {"--all"}, output.out, output.err)).isNotZero();
        assertThat(output.err()).contains("--all");
    }
}
