package dev.ledfleet.agent.effect.sprite;

import static dev.ledfleet.agent.effect.EffectFixture.frame;
import static dev.ledfleet.agent.effect.EffectFixture.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectFixture;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.ParamContentCheck;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpriteTest {

    private static final int RED = 0xff0000;
    private static final int GREEN = 0x00ff00;
    private static final int BLUE = 0x0000ff;
    private static final int WHITE = 0xffffff;

    @Test
    void sprite_horizontalPngSheet_playsTilesLeftToRightAndLoops() throws Exception {
        byte[] png = SpriteImages.png(SpriteImages.sheet(4, 4, 3, 1, RED, GREEN, BLUE));
        Effect effect = start("sprite", 4, 4, params(png, 10));

        assertThat(colours(effect, 4, 0, 100, 200, 300, 450)).containsExactly(RED, GREEN, BLUE, RED, GREEN);
        assertThat(effect.cyclesCompleted(299)).isZero();
        assertThat(effect.cyclesCompleted(300)).isEqualTo(1);
    }

    @Test
    void sprite_verticalPngSheet_playsTilesTopToBottom() throws Exception {
        byte[] png = SpriteImages.png(SpriteImages.sheet(4, 4, 1, 3, BLUE, WHITE, RED));
        Effect effect = start("sprite", 4, 4, params(png, 4));

        assertThat(colours(effect, 4, 0, 250, 500, 750)).containsExactly(BLUE, WHITE, RED, BLUE);
    }

    @Test
    void sprite_gridSheetWithExplicitFrameSize_readsRowsOfTiles() throws Exception {
        byte[] png = SpriteImages.png(SpriteImages.sheet(2, 2, 2, 2, RED, GREEN, BLUE, WHITE));
        Map<String, Object> params = params(png, 10);
        params.put("frame-width", 2);
        params.put("frame-height", 2);
        params.put("center", false);
        Effect effect = start("sprite", 2, 2, params);

        assertThat(colours(effect, 2, 0, 100, 200, 300)).containsExactly(RED, GREEN, BLUE, WHITE);
    }

    @Test
    void sprite_animatedGifAtFrameRate_playsGifFramesInOrder() throws Exception {
        byte[] gif = SpriteImages.gif(
                SpriteImages.sheet(4, 4, 1, 1, GREEN), SpriteImages.sheet(4, 4, 1, 1, RED),
                SpriteImages.sheet(4, 4, 1, 1, WHITE), SpriteImages.sheet(4, 4, 1, 1, BLUE));
        Map<String, Object> params = params(gif, 5);
        params.put("gif-timing", false);
        Effect effect = start("sprite", 4, 4, params);

        assertThat(colours(effect, 4, 0, 200, 400, 600, 800)).containsExactly(GREEN, RED, WHITE, BLUE, GREEN);
        assertThat(effect.cyclesCompleted(799)).isZero();
        assertThat(effect.cyclesCompleted(800)).isEqualTo(1);
    }

    @Test
    void sprite_animatedGifWithOwnTiming_showsEachFrameForItsDelay() throws Exception {
        // 200 ms, 50 ms, 0 (shown as browsers do, for 100 ms): a 350 ms loop.
        byte[] gif = SpriteImages.gifWithDelays(new int[] {20, 5, 0},
                SpriteImages.sheet(4, 4, 1, 1, GREEN), SpriteImages.sheet(4, 4, 1, 1, RED),
                SpriteImages.sheet(4, 4, 1, 1, BLUE));
        Effect effect = start("sprite", 4, 4, params(gif, 1));

        assertThat(colours(effect, 4, 0, 199, 200, 249, 250, 349, 350, 550))
                .containsExactly(GREEN, GREEN, RED, RED, BLUE, BLUE, GREEN, RED);
        assertThat(effect.cyclesCompleted(349)).isZero();
        assertThat(effect.cyclesCompleted(700)).isEqualTo(2);
    }

    @Test
    void sprite_gifFrameSmallerThanScreen_isDrawnAtItsPositionOverThePreviousFrame() throws Exception {
        byte[] gif = SpriteImages.gifWithPatch(SpriteImages.sheet(4, 4, 1, 1, RED),
                SpriteImages.sheet(2, 2, 1, 1, BLUE), 2, 1);
        Effect effect = start("sprite", 4, 4, params(gif, 10));

        Canvas second = frame(effect, 100, 4, 4);

        assertThat(EffectFixture.picture(second, BLUE)).isEqualTo("""
                ....
                ..##
                ..##
                ....""");
        assertThat(second.get(0, 0)).isEqualTo(RED);
    }

    @Test
    void sprite_indexedColourPng_keepsPaletteColours() throws Exception {
        byte[] r = {(byte) 0x12, (byte) 0xff, 0, 0};
        byte[] g = {(byte) 0x34, 0, (byte) 0x80, 0};
        byte[] b = {(byte) 0x56, 0, 0, (byte) 0xff};
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(2, 4, r, g, b));
        image.getRaster().setSample(0, 0, 0, 0);
        image.getRaster().setSample(1, 0, 0, 1);
        image.getRaster().setSample(0, 1, 0, 2);
        image.getRaster().setSample(1, 1, 0, 3);
        Effect effect = start("sprite", 2, 2, params(SpriteImages.png(image), 10));

        assertThat(frame(effect, 0, 2, 2).pixels()).containsExactly(0x123456, 0xff0000, 0x008000, 0x0000ff);
    }

    @Test
    void sprite_transparentPixels_showTheBackground() throws Exception {
        byte[] r = {(byte) 0xff, 0};
        byte[] g = {0, 0};
        byte[] b = {0, 0};
        byte[] a = {(byte) 0xff, 0};
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(1, 2, r, g, b, a));
        image.getRaster().setSample(1, 0, 0, 1);
        Map<String, Object> params = params(SpriteImages.png(image), 10);
        params.put("background", "#002200");
        Effect effect = start("sprite", 2, 1, params);

        assertThat(frame(effect, 0, 2, 1).pixels()).containsExactly(0xff0000, 0x002200);
    }

    @Test
    void sprite_smallFrame_isCentredThenOffset() throws Exception {
        byte[] png = SpriteImages.png(SpriteImages.sheet(2, 2, 1, 1, WHITE));
        Map<String, Object> params = params(png, 10);
        params.put("offset-x", 1);
        Effect effect = start("sprite", 6, 4, params);

        assertThat(EffectFixture.picture(frame(effect, 0, 6, 4))).isEqualTo("""
                ......
                ...##.
                ...##.
                ......""");
    }

    @Test
    void sprite_notCentredAndPartlyOffCanvas_isClipped() throws Exception {
        byte[] png = SpriteImages.png(SpriteImages.sheet(3, 2, 1, 1, WHITE));
        Map<String, Object> params = params(png, 10);
        params.put("center", false);
        params.put("offset-x", -2);
        params.put("offset-y", 3);
        Effect effect = start("sprite", 4, 4, params);

        assertThat(EffectFixture.picture(frame(effect, 0, 4, 4))).isEqualTo("""
                ....
                ....
                ....
                #...""");
    }

    @Test
    void sprite_undecodableImage_isRefusedByTheCheckAndShowsOnlyBackground() {
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
        Map<String, Object> params = params(broken, 10);
        params.put("background", "#010203");

        Effect effect = start("sprite", 4, 4, params);

        assertThat(frame(effect, 0, 4, 4).pixels()).containsOnly(0x010203);
        assertThat(problem(params)).hasValueSatisfying(message -> assertThat(message).startsWith("image:"));
    }

    @Test
    void sprite_imageClaimingHugeSize_isRefusedBeforeDecoding() throws Exception {
        byte[] png = SpriteImages.png(SpriteImages.sheet(2, 2, 1, 1, WHITE));
        // IHDR width and height live at bytes 16-23; claim 60000 x 60000.
        png[16] = 0;
        png[17] = 0;
        png[18] = (byte) 0xea;
        png[19] = 0x60;
        System.arraycopy(png, 16, png, 20, 4);

        assertThat(problem(params(png, 10))).hasValueSatisfying(message -> assertThat(message).contains("pixels"));
    }

    @Test
    void sprite_frameLargerThanImage_isRefusedByTheCheck() throws Exception {
        Map<String, Object> params = params(SpriteImages.png(SpriteImages.sheet(4, 4, 1, 1, RED)), 10);
        params.put("frame-width", 8);

        assertThat(problem(params)).hasValueSatisfying(message -> assertThat(message).contains("smaller than one 8x4 frame"));
    }

    @Test
    void sprite_goodImage_passesTheCheck() throws Exception {
        byte[] png = SpriteImages.png(SpriteImages.sheet(4, 4, 2, 1, RED, GREEN));

        assertThat(problem(params(png, 10))).isEmpty();
    }

    @Test
    void sprite_noImage_drawsTheBackground() {
        Effect effect = start("sprite", 3, 3, Map.of("background", "#000100"));

        assertThat(frame(effect, 500, 3, 3).pixels()).containsOnly(0x000100);
        assertThat(effect.cyclesCompleted(10_000)).isZero();
    }

    private static java.util.Optional<String> problem(Map<String, Object> params) {
        EffectParams effectParams = EffectFixture.setup("sprite", 4, 4, params, 1, 0).params();
        return ParamContentCheck.problem("sprite", effectParams, 4, 4);
    }

    private static Map<String, Object> params(byte[] image, double fps) {
        Map<String, Object> params = new HashMap<>();
        params.put("image", Base64.getEncoder().encodeToString(image));
        params.put("fps", fps);
        return params;
    }

    /** The colour of the whole frame at each time; fails if a frame is not one colour. */
    private static int[] colours(Effect effect, int size, long... times) {
        int[] result = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            Canvas canvas = frame(effect, times[i], size, size);
            result[i] = canvas.get(0);
            assertThat(canvas.pixels()).as("frame at %d ms", times[i]).containsOnly(result[i]);
        }
        return result;
    }
}
