package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ledfleet.protocol.effect.AnimationEffectSpecs;
import dev.ledfleet.protocol.effect.Dimensions;
import dev.ledfleet.protocol.effect.EffectSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AnimationEffectsTest {

    private static final long FRAME_MS = 1000 / 60;

    static Stream<String> ids() {
        return AnimationEffectSpecs.all().stream().map(EffectSpec::id);
    }

    static Stream<Arguments> idsAndSizes() {
        return ids().flatMap(id -> Stream.of(Arguments.of(id, 24, 1), Arguments.of(id, 16, 16),
                Arguments.of(id, 256, 1), Arguments.of(id, 1, 1)));
    }

    @Test
    void catalog_everyAnimationSpec_isRegistered_andEveryRegistrationHasASpec() {
        List<String> specIds = ids().toList();

        assertThat(AnimationEffects.factories().keySet()).containsExactlyElementsOf(specIds);
        assertThat(specIds).allSatisfy(id -> assertThat(EffectRegistry.standard().supports(id)).as(id).isTrue());
    }

    @Test
    void catalog_rains_areGridEffects_theRestAreLines() {
        assertThat(AnimationEffectSpecs.all()).allSatisfy(spec -> assertThat(spec.dimensions()).as(spec.id())
                .isEqualTo(spec.id().endsWith("rain") ? Dimensions.TWO_D : Dimensions.ONE_D));
    }

    @ParameterizedTest(name = "{0} on {1}x{2}")
    @MethodSource("idsAndSizes")
    void everyEffect_rendersTwoHundredFramesWithDefaults(String id, int width, int height) {
        EffectRig rig = EffectRig.start(id, width, height, 42, Map.of());

        assertThatCode(() -> {
            for (int frame = 0; frame < 200; frame++) {
                rig.frame(frame * FRAME_MS);
            }
        }).doesNotThrowAnyException();
        assertThat(rig.effect().cyclesCompleted(200 * FRAME_MS)).isNotNegative();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyEffect_lightsSomethingWithinItsFirstSeconds(String id) {
        EffectRig rig = EffectRig.start(id, 16, 16, 42, Map.of());

        int lit = 0;
        for (int frame = 0; frame < 200; frame++) {
            lit = Math.max(lit, EffectRig.lit(rig.frame(frame * FRAME_MS)));
        }
        assertThat(lit).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyEffect_frameDependsOnlyOnTime_notOnTheFramesBefore(String id) {
        EffectRig played = EffectRig.start(id, 16, 16, 42, Map.of());
        EffectRig jumped = EffectRig.start(id, 16, 16, 42, Map.of());

        int[] last = null;
        for (long t = 0; t <= 7_000; t += 33) {
            last = played.frame(t);
        }
        assertThat(jumped.frame(6_996)).isEqualTo(last);
        assertThat(jumped.frame(6_996)).as("rendering again changes nothing").isEqualTo(last);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomIds")
    void randomEffects_otherSeeds_drawOtherFrames(String id) {
        EffectRig one = EffectRig.start(id, 16, 16, 1, Map.of());
        EffectRig two = EffectRig.start(id, 16, 16, 2, Map.of());

        boolean differs = false;
        for (long t = 0; t < 10_000 && !differs; t += 250) {
            differs = !java.util.Arrays.equals(one.frame(t), two.frame(t));
        }
        assertThat(differs).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyEffect_allocatesNothingPerFrame(String id) {
        EffectRig rig = EffectRig.start(id, 16, 16, 42, Map.of());
        Effect effect = rig.effect();
        Canvas canvas = rig.canvas();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int frame = 0; frame < 200; frame++) {
            effect.render(frame * FRAME_MS, canvas);
        }

        long before = threads.getThreadAllocatedBytes(thread);
        for (int frame = 200; frame < 1200; frame++) {
            effect.render(frame * FRAME_MS, canvas);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        // Anything allocated per frame would show as at least 16 bytes a frame, 16 KB over these frames.
        assertThat(allocated).isLessThan(1024);
    }

    static Stream<String> randomIds() {
        return Stream.of("sparkle", "sparkle-pulse", "rainbow-sparkle", "rain", "rainbow-rain", "matrix-rain");
    }
}
