package dev.ledfleet.agent.button;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Timelines in, gestures out. A timeline is {@code p<ms>} (raw press edge), {@code r<ms>} (raw
 * release edge) and {@code t<ms>} (a tick); gestures are written {@code name@ms}.
 */
class GestureRecogniserTest {

    private static String play(ButtonTimings timings, String timeline) {
        List<Gesture> out = new ArrayList<>();
        GestureRecogniser recogniser = new GestureRecogniser(timings, out::add);
        for (String step : timeline.trim().split("\\s+")) {
            long time = Long.parseLong(step.substring(1));
            switch (step.charAt(0)) {
                case 'p' -> recogniser.edge(time, true);
                case 'r' -> recogniser.edge(time, false);
                case 't' -> recogniser.tick(time);
                default -> throw new IllegalArgumentException(step);
            }
        }
        return out.stream().map(g -> g.kind().wireName() + "@" + g.timeMs()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "short press                       | p0 r100 t1000                   | click@450",
            "click waits for the double window | p0 r100 t449                    | none",
            "second press inside the window    | p0 r100 p300 r400 t2000         | double@300",
            "second press just inside window   | p0 r100 p449 r500 t2000         | double@449",
            "second press as the window shuts  | p0 r100 p450 r500 t2000         | click@450 click@850",
            "second press after the window     | p0 r100 p500 r600 t2000         | click@450 click@950",
            "press not yet long                | p0 t599                         | none",
            "press reaches long while held     | p0 t600                         | long@600",
            "long then holds then release      | p0 t1500 r1500 t3000            | long@600 hold@1000 hold@1400 release@1500",
            "long released before first hold   | p0 r700 t3000                   | long@600 release@700",
            "bouncing press counts once        | p0 r3 p6 r9 p12 r150 t1000      | click@500",
            "glitch shorter than debounce      | p0 r5 t1000                     | none",
            "bouncing release after long       | p0 t700 r800 p803 r806 t2000    | long@600 release@806",
            "timer waits for unconfirmed press | p0 r100 p440 t2000              | double@440",
            "second press of double held long  | p0 r100 p300 t2000 r2000 t3000  | double@300",
            "two clicks far apart              | p0 r50 t1000 p2000 r2050 t3000  | click@400 click@2400",
            "edges without ticks still resolve | p0 r100 p1000 r1100 p5000       | click@450 click@1450"})
    void defaultTimings(String name, String timeline, String expected) {
        assertEquals(expected == null ? "" : expected, play(ButtonTimings.DEFAULT, timeline));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "no double window clicks at once | 0,0,300,100   | p0 r50                | click@50",
            "short long and fast holds       | 0,0,300,100   | p0 t500 r500          | long@300 hold@400 hold@500 release@500",
            "wide debounce eats 40 ms spikes | 50,350,600,400| p0 r40 t1000          | none",
            "wide double window              | 20,1000,600,400| p0 r100 p1000 t3000  | double@1000"})
    void customTimings(String name, String timings, String timeline, String expected) {
        String[] t = timings.split(",");
        ButtonTimings custom = new ButtonTimings(Integer.parseInt(t[0].trim()), Integer.parseInt(t[1].trim()),
                Integer.parseInt(t[2].trim()), Integer.parseInt(t[3].trim()));
        assertEquals(expected == null ? "" : expected.toLowerCase(Locale.ROOT), play(custom, timeline));
    }
}
