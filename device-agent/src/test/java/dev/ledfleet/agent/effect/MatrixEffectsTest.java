package dev.ledfleet.agent.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ledfleet.agent.color.Gamma;
import dev.ledfleet.agent.color.PowerLimiter;
import dev.ledfleet.agent.color.PowerModel;
import dev.ledfleet.agent.engine.FrameRenderer;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.layout.PixelMap;
import dev.ledfleet.protocol.effect.Dimensions;
import dev.ledfleet.protocol.message.DeviceState;
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("idsWithBusyParams")
    void effect_steadyState_allocatesNothingPerFrame(String id, Map<String, Object> params) {
        EffectSpec spec = MatrixEffectSpecs.all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        int width = spec.dimensions() == Dimensions.ONE_D ? 256 : 16;
        int height = spec.dimensions() == Dimensions.ONE_D ? 1 : 16;
        Effect effect = EffectFixture.start(id, width, height, params, 3, 1_700_000_000_000L);
        Canvas canvas = new Canvas(width, height);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int frame = 0; frame < 300; frame++) {
            effect.render(frame * 17L, canvas);
        }

        long before = threads.getThreadAllocatedBytes(thread);
        for (int frame = 300; frame < 1300; frame++) {
            effect.render(frame * 17L, canvas);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        // One small object per frame would already add up to 16 KB over these 1000 frames (17 s).
        assertThat(allocated).isLessThan(1024);
    }

    static Stream<Arguments> idsWithBusyParams() throws java.io.IOException {
        java.awt.image.BufferedImage sheet = new java.awt.image.BufferedImage(48, 16,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        sheet.setRGB(20, 5, 0xff00ff);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(sheet, "png", png);
        String image = java.util.Base64.getEncoder().encodeToString(png.toByteArray());
        return MatrixEffectSpecs.all().stream().map(spec -> Arguments.of(spec.id(), switch (spec.id()) {
            case "sprite" -> Map.<String, Object>of("image", image, "fps", 30.0);
            case "time-scroll" -> Map.<String, Object>of("format", "HH:MM:SS", "time-zone", "Europe/Berlin");
            case "countdown-scroll" -> Map.<String, Object>of("target", "2023-11-15T00:00");
            default -> Map.<String, Object>of();
        }));
    }

    static Stream<Arguments> everyEffectThroughEveryPixelMap() {
        return MatrixEffectSpecs.all().stream().flatMap(spec -> Stream.of(
                Arguments.of(spec.id(), "strip:24", "pixels"), Arguments.of(spec.id(), "grid:16x16", "pixels"),
                Arguments.of(spec.id(), "grid:16x16", "rows"), Arguments.of(spec.id(), "grid:8x4", "rings"),
                Arguments.of(spec.id(), "grid:8x4,progressive", "diagonals"),
                Arguments.of(spec.id(), "grid:5x7", "columns")));
    }

    @ParameterizedTest(name = "{0} on {1} as {2}")
    @MethodSource("everyEffectThroughEveryPixelMap")
    void effect_throughTheRenderer_drawsSomethingOnEveryLayoutAndMap(String id, String layout, String map) {
        FrameRenderer renderer = FrameRenderer.standard(Layout.parse(layout), PixelMap.parse(map), Gamma.standard(),
                new PowerLimiter(PowerLimiter.UNLIMITED, PowerModel.WS2812));
        renderer.show(new DeviceState(true, 255, id, Map.of(), 0, null, 1_700_000_000_000L, null, null),
                1_700_000_000_000L);
        boolean lit = false;

        for (int frame = 0; frame < 200; frame++) {
            renderer.render(1_700_000_000_000L + frame * 50L);
            lit |= java.util.Arrays.stream(renderer.logicalFrame()).anyMatch(c -> c != 0);
        }

        // Without an image the sprite shows only its black background; everything else lights up.
        assertThat(lit).isEqualTo(!id.equals("sprite"));
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
