package dev.ledfleet.agent.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColorOrderTest {

    @ParameterizedTest
    @CsvSource({"RGB, 0x11, 0x22, 0x33", "GRB, 0x22, 0x11, 0x33", "BGR, 0x33, 0x22, 0x11",
            "RBG, 0x11, 0x33, 0x22", "GBR, 0x22, 0x33, 0x11", "BRG, 0x33, 0x11, 0x22"})
    void bytes_ofPacked112233_comeInTheNamedOrder(String name, String first, String second, String third) {
        ColorOrder order = ColorOrder.parse(name);
        int rgb = 0x112233;
        assertEquals(Integer.decode(first), order.first(rgb));
        assertEquals(Integer.decode(second), order.second(rgb));
        assertEquals(Integer.decode(third), order.third(rgb));
        assertEquals(rgb, order.pack(order.first(rgb), order.second(rgb), order.third(rgb)));
    }

    @Test
    void parse_lowerCase_isAccepted() {
        assertEquals(ColorOrder.GRB, ColorOrder.parse("grb"));
    }

    @Test
    void parse_unknown_namesTheValidOrders() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColorOrder.parse("RGBW"));
        assertTrue(e.getMessage().contains("RGBW") && e.getMessage().contains("GRB"), e.getMessage());
    }
}
