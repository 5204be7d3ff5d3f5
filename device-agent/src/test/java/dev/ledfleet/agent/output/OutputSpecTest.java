package dev.ledfleet.agent.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputSpecTest {

    @Test
    void parse_ws2812_defaultsToGrb() {
        assertEquals(new OutputSpec.Ws2812Spi(Path.of("/dev/spidev0.0"), ColorOrder.GRB), OutputSpec.parse("ws2812-spi:/dev/spidev0.0"));
    }

    @Test
    void parse_apa102WithOptions_readsThemAll() {
        assertEquals(new OutputSpec.Apa102Spi(Path.of("/dev/spidev1.2"), ColorOrder.RGB, 7, 8_000_000),
                OutputSpec.parse("apa102-spi:/dev/spidev1.2?order=rgb&brightness=7&speed=8000000"));
    }

    @Test
    void parse_file_defaultsToWs2812Bytes() {
        assertEquals(new OutputSpec.File(Path.of("/tmp/f.bin"), "ws2812", ColorOrder.GRB, 31), OutputSpec.parse("file:/tmp/f.bin"));
    }

    @Test
    void parse_fileApa102_defaultsToBgr() {
        assertEquals(new OutputSpec.File(Path.of("x.bin"), "apa102", ColorOrder.BGR, 31), OutputSpec.parse("file:x.bin?encoding=apa102"));
    }

    @Test
    void parse_virtual_isVirtual() {
        assertEquals(new OutputSpec.Virtual(), OutputSpec.parse("virtual"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "neopixel:/dev/spidev0.0 | unknown output 'neopixel'",
            "ws2812-spi | needs a path",
            "ws2812-spi:/dev/spidev0.0?speed=1 | unknown option 'speed'",
            "apa102-spi:/dev/spidev0.0?brightness=40 | brightness must be a whole number from 0 to 31",
            "file:/tmp/x?encoding=sk6812 | encoding must be ws2812 or apa102",
            "virtual?order=grb | takes none",
            "ws2812-spi:/dev/spidev0.0?order=rgbw | unknown colour order",
            "file:/tmp/x?order | must be name=value"})
    void parse_invalid_namesTheProblem(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputSpec.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
