package dev.ledfleet.agent.button;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ledfleet.protocol.message.ButtonGesture;
import dev.ledfleet.protocol.message.SimulatedButton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ButtonDriverTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"CLICK | click", "DOUBLE | double", "LONG | long release"})
    void simulatedAction_throughTheRealRecogniser_yieldsItsGesture(SimulatedButton.Action action, String expected)
            throws Exception {
        BlockingQueue<ButtonGesture> seen = new LinkedBlockingQueue<>();
        try (ButtonDriver driver = new ButtonDriver("test", ButtonTimings.DEFAULT, g -> seen.add(g.kind()))) {
            SimulatedPresses.play(action, driver);

            List<String> names = new ArrayList<>();
            for (String ignored : expected.split(" ")) {
                ButtonGesture gesture = seen.poll(5, TimeUnit.SECONDS);
                names.add(gesture == null ? "nothing" : gesture.wireName());
            }
            assertEquals(expected, String.join(" ", names));
            assertEquals(null, seen.poll(500, TimeUnit.MILLISECONDS), "no further gesture");
        }
    }
}
