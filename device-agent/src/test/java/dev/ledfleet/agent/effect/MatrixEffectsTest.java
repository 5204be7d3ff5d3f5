package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ledfleet.protocol.effect.Dimensions;
import dev.ledfleet.protocol.effect.EffectSpec;
import dev.ledfleet.protocol.effect.MatrixEffectSpecs;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MatrixEffectsTest {

    @Test
    void catalog_everyMatrixSpec_isRegisteredAndNothingElse() {
        EffectRegistry registry = new EffectRegistry();
        MatrixEffects.registerAll(registry);
        List<String> specIds = MatrixEffectSpecs.all().stream().map(EffectSpec::id).toList();

        for (String id : specIds) {
            assertThat(registry.supports(id)).as("registered: " + id).isTrue();
        }
        assertThat(registry.supported(new dev.ledfleet.protocol.effect.EffectCatalog(MatrixEffectSpecs.all())))
                .containsExactlyElementsOf(specIds);
        for (String other : dev.ledfleet.protocol.effect.EffectCatalog.standard().ids()) {
            if (!specIds.contains(other)) {
                assertThat(registry.supports(other)).as("not a matrix effect: " + other).isFalse();
            }
        }
    }

    @Test
    void catalog_numericParams_haveDefaultsWithinMinAndMax() {
        for (EffectSpec spec : MatrixEffectSpecs.all()) {
            spec.params().stream().filter(p -> p.min() != null && p.defaultValue() instanceof Number).forEach(p -> {
                double value = ((Number) p.defaultValue()).doubleValue();
                assertThat(value).as(spec.id() + "." + p.name()).isBetween(p.min(), p.max());
            });
        }
    }

    static Stream<Arguments> everyEffectOnEveryLayout() {
        return MatrixEffectSpecs.all().stream().flatMap(spec -> Stream.of(
                Arguments.of(spec.id(), 24, 1), Arguments.of(spec.id(), 16, 16)));
    }

    @ParameterizedTest(name = "{0} on {1}x{2}")
    @MethodSource("everyEffectOnEveryLayout")
    void effect_twoHundredFrames_renderWithoutErrorAndRepeatExactly(String id, int gridWidth, int gridHeight) {
        EffectSpec spec = MatrixEffectSpecs.all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        // A 1-D effect sees the grid through the default pixel map: one line of every pixel.
        boolean line = spec.dimensions() == Dimensions.ONE_D;
        int width = line ? gridWidth * gridHeight : gridWidth;
        int height = line ? 1 : gridHeight;
        Effect first = EffectFixture.start(id, width, height, Map.of(), 7, 1_700_000_000_000L);
        Effect second = EffectFixture.start(id, width, height, Map.of(), 7, 1_700_000_000_000L);
        Canvas a = new Canvas(width, height);
        Canvas b = new Canvas(width, height);

        assertThatCode(() -> {
            for (int frame = 0; frame < 200; frame++) {
                long t = frame * 1000L / 60;
                first.render(t, a);
                second.render(t, b);
                assertThat(a.pixels()).as("frame %d", frame).isEqualTo(b.pixels());
                assertThat(first.cyclesCompleted(t)).isGreaterThanOrEqualTo(0);
            }
        }).doesNotThrowAnyException();
    }
}
