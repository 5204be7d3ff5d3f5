package dev.ledfleet.protocol.message;

import java.util.List;

/**
 * The retained descriptor on {@code <base>/<id>/info}:
 * <pre>{@code {"v":1,"id":"pixel-grid","name":"Pixel grid","kind":"grid",
 *  "layout":{"pixels":256,"width":16,"height":16,"wiring":"serpentine"},
 *  "output":"ws2812-spi","maxFps":60,"agentVersion":"0.1.0","effects":["solid","comet"],
 *  "buttons":1,"startedAt":1764876000000}}</pre>
 * {@code startedAt} changes at every agent start, so restarts can be counted.
 */
public record DeviceInfo(
        String id,
        String name,
        DeviceKind kind,
        LayoutInfo layout,
        String output,
        int maxFps,
        String agentVersion,
        List<String> effects,
        int buttons,
        long startedAt) implements DeviceReport {

    public DeviceInfo {
        effects = List.copyOf(effects);
    }
}
