package dev.ledfleet.protocol.effect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EffectCatalogTest {

    private final EffectCatalog catalog = EffectCatalog.standard();

    @Test
    void everyDefault_passesItsOwnValidation() throws Exception {
        for (EffectSpec spec : catalog.all()) {
            for (ParamSpec param : spec.params()) {
                ParamValidator.canonical(param, param.defaultValue(), spec.id() + "." + param.name());
            }
        }
    }

    @Test
    void numericParams_haveMinBelowMax() {
        for (EffectSpec spec : catalog.all()) {
            for (ParamSpec param : spec.params()) {
                if (param.min() != null) {
                    assertThat(param.min()).as("%s.%s", spec.id(), param.name()).isLessThanOrEqualTo(param.max());
                }
            }
        }
    }

    @Test
    void paramNames_areKebabCase_andUniquePerEffect() {
        for (EffectSpec spec : catalog.all()) {
            List<String> names = spec.params().stream().map(ParamSpec::name).toList();
            assertThat(names).as(spec.id()).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z][a-z0-9-]*"));
        }
    }

    @Test
    void require_unknownEffect_listsTheKnownOnes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog.require("disco", "effect"))
                .hasMessageContaining("unknown effect 'disco'").hasMessageContaining("solid");
    }

    @Test
    void catalogJson_writesWholeNumberBoundsAsIntegers() throws Exception {
        String json = new String(dev.ledfleet.protocol.message.MessageCodec.standard().encodePlain(
                catalog.find("comet").orElseThrow()), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(json).contains("\"type\":\"int\",\"default\":0,\"min\":0,\"max\":1024")
                .contains("\"min\":0.005,\"max\":10}").doesNotContain(".0,").doesNotContain(".0}");
    }
}
