package dev.ledfleet.agent.cli;

import dev.ledfleet.agent.engine.FrameRenderer;
import dev.ledfleet.agent.output.Apa102Encoder;
import dev.ledfleet.agent.output.ColorOrder;
import dev.ledfleet.agent.output.FrameEncoder;
import dev.ledfleet.agent.output.Ws2812SpiEncoder;
import java.util.Arrays;
import java.util.Locale;

/** What {@code render} writes per frame. */
enum RenderFormat {
    /** W*H*3 bytes, logical row-major from the top-left, brightness applied, no gamma. */
    RGB("rgb", ColorOrder.RGB),
    /** The WS2812 SPI bit-stream the agent sends to spidev: chain order, colour order, gamma, power limit. */
    WS2812_SPI("ws2812-spi", ColorOrder.GRB),
    /** The APA102 SPI stream, likewise, at full global brightness. */
    APA102_SPI("apa102-spi", ColorOrder.BGR);

    private final String wireName;
    private final ColorOrder defaultOrder;

    RenderFormat(String wireName, ColorOrder defaultOrder) {
        this.wireName = wireName;
        this.defaultOrder = defaultOrder;
    }

    static RenderFormat parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.wireName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + text + "'; formats are rgb, "
                        + "ws2812-spi, apa102-spi"));
    }

    ColorOrder defaultOrder() {
        return defaultOrder;
    }

    /** Turns the renderer's current frame into bytes, reusing one buffer. */
    interface Writer {
        byte[] encode(FrameRenderer renderer);
    }

    Writer writer(int pixelCount, ColorOrder order) {
        return switch (this) {
            case RGB -> rgb(pixelCount);
            case WS2812_SPI -> encoded(new Ws2812SpiEncoder(pixelCount, order));
            case APA102_SPI -> encoded(new Apa102Encoder(pixelCount, order, Apa102Encoder.MAX_GLOBAL_BRIGHTNESS));
        };
    }

    private static Writer rgb(int pixelCount) {
        byte[] bytes = new byte[pixelCount * 3];
        return renderer -> {
            int[] logical = renderer.logicalFrame();
            for (int i = 0; i < logical.length; i++) {
                bytes[i * 3] = (byte) (logical[i] >>> 16);
                bytes[i * 3 + 1] = (byte) (logical[i] >>> 8);
                bytes[i * 3 + 2] = (byte) logical[i];
            }
            return bytes;
        };
    }

    private static Writer encoded(FrameEncoder encoder) {
        byte[] bytes = new byte[encoder.frameBytes()];
        return renderer -> {
            encoder.encode(renderer.physicalFrame(), bytes);
            return bytes;
        };
    }
}
