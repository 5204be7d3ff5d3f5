package dev.ledfleet.protocol.message;

import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.effect.EffectSpec;
import dev.ledfleet.protocol.effect.ParamSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Messages that satisfy every rule of the protocol, in the canonical form the decoders return. */
final class ValidMessages {

    static final EffectCatalog CATALOG = EffectCatalog.standard();
    private static final String COMMAND_ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";
    private static final String PNG_BASE64 = Base64.getEncoder().encodeToString(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});

    private ValidMessages() {
    }

    static String commandId(Draw draw) {
        return draw.chars(COMMAND_ID_CHARS, 1, 64);
    }

    static String color(Draw draw) {
        return "#" + draw.chars("0123456789abcdef", 6, 6);
    }

    static Object paramValue(Draw draw, ParamSpec param) {
        return switch (param.type()) {
            case INT -> draw.intBetween(param.min().intValue(), param.max().intValue());
            case NUMBER -> draw.doubleBetween(param.min(), param.max());
            case BOOL -> draw.chance(0.5);
            case COLOR -> color(draw);
            case COLORS -> List.copyOf(draw.list(param.min().intValue(), Math.min(8, param.max().intValue()), () -> color(draw)));
            case CHOICE -> draw.pick(param.options());
            case TEXT -> draw.text(0, Math.min(64, param.max().intValue()));
            case IMAGE -> draw.pick(List.of("", PNG_BASE64));
        };
    }

    /** Some of the effect's parameters, each with a valid value. */
    static Map<String, Object> params(Draw draw, EffectSpec spec) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (ParamSpec param : spec.params()) {
            if (draw.chance(0.6)) {
                params.put(param.name(), paramValue(draw, param));
            }
        }
        return Map.copyOf(params);
    }

    static EffectChoice effectChoice(Draw draw) {
        EffectSpec spec = draw.pick(CATALOG.all());
        return new EffectChoice(spec.id(), params(draw, spec));
    }

    static Playlist playlist(Draw draw) {
        return new Playlist(draw.list(1, 4, () -> effectChoice(draw)), draw.longBetween(1_000, 86_400_000),
                draw.chance(0.5), draw.chance(0.5));
    }

    static SetCommand set(Draw draw) {
        Playlist playlist = draw.orNull(0.7, () -> playlist(draw));
        EffectChoice effect = playlist != null ? null : draw.orNull(0.4, () -> effectChoice(draw));
        return new SetCommand(
                draw.orNull(0.3, () -> commandId(draw)),
                draw.orNull(0.3, () -> draw.pick(PowerChange.values())),
                draw.orNull(0.3, () -> draw.intBetween(0, 255)),
                effect == null ? null : effect.effect(),
                effect == null ? null : effect.params(),
                draw.orNull(0.5, () -> draw.intBetween(0, SetCommand.MAX_TRANSITION_MS)),
                draw.orNull(0.6, () -> draw.longBetween(0, Long.MAX_VALUE)),
                playlist);
    }

    static FrameRequest frameRequest(Draw draw) {
        return new FrameRequest(draw.intBetween(1, FrameRequest.MAX_TTL_MS), draw.intBetween(1, FrameRequest.MAX_FPS));
    }

    static FavouriteList favourites(Draw draw) {
        return new FavouriteList(draw.list(0, 6, () -> effectChoice(draw)));
    }

    static SimulatedButton simulatedButton(Draw draw) {
        return new SimulatedButton(draw.intBetween(1, 8), draw.pick(SimulatedButton.Action.values()));
    }

    static ClockTick clockTick(Draw draw) {
        return new ClockTick(draw.longBetween(0, Long.MAX_VALUE));
    }

    static DeviceInfo info(Draw draw) {
        LayoutInfo layout = new LayoutInfo(draw.intBetween(1, 65_536), draw.intBetween(1, 4096),
                draw.intBetween(1, 4096), draw.pick(Wiring.values()));
        return new DeviceInfo(draw.text(1, 64), draw.text(0, 128), draw.pick(DeviceKind.values()), layout,
                draw.orNull(0.3, () -> draw.text(0, 256)), draw.intBetween(1, 1000),
                draw.orNull(0.3, () -> draw.text(0, 64)), draw.list(0, 8, () -> draw.text(0, 64)),
                draw.intBetween(0, 8), draw.longBetween(0, Long.MAX_VALUE));
    }

    static DeviceState state(Draw draw) {
        EffectChoice effect = effectChoice(draw);
        FrameStats stats = draw.orNull(0.3, () -> new FrameStats(draw.doubleBetween(0, 10_000),
                draw.longBetween(0, Long.MAX_VALUE), draw.longBetween(0, Long.MAX_VALUE), draw.longBetween(0, Long.MAX_VALUE)));
        return new DeviceState(draw.chance(0.5), draw.intBetween(0, 255), effect.effect(), effect.params(),
                draw.intBetween(0, SetCommand.MAX_TRANSITION_MS), draw.orNull(0.7, () -> playlist(draw)),
                draw.orNull(0.5, () -> draw.longBetween(0, Long.MAX_VALUE)), draw.orNull(0.4, () -> commandId(draw)), stats);
    }

    static ButtonEvent buttonEvent(Draw draw) {
        return new ButtonEvent(draw.intBetween(1, 8), draw.pick(ButtonGesture.values()),
                draw.longBetween(0, Long.MAX_VALUE), draw.longBetween(0, Long.MAX_VALUE));
    }

    static CommandError error(Draw draw) {
        return new CommandError(draw.orNull(0.3, () -> commandId(draw)), draw.orNull(0.3, () -> draw.text(0, 256)),
                draw.text(0, 1024));
    }
}
