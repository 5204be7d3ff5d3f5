package dev.ledfleet.protocol.message;

import java.util.Map;

/** Reads the messages devices publish about themselves. */
final class ReportReader {

    DeviceInfo info(FieldReader fields) throws InvalidMessageException {
        String id = fields.string("id", 64);
        String name = fields.optionalString("name", 128);
        String kindText = fields.string("kind", 16);
        DeviceKind kind = DeviceKind.fromWire(kindText).orElseThrow(() ->
                new InvalidMessageException("kind", "must be lamp, grid or strip, got \"" + kindText + '"'));
        FieldReader layoutFields = fields.object("layout");
        int width = layoutFields.integer("width", 1, 4096);
        int height = layoutFields.integer("height", 1, 4096);
        int pixels = layoutFields.has("pixels") ? layoutFields.integer("pixels", 1, 65_536) : width * height;
        String wiringText = layoutFields.optionalString("wiring", 16);
        Wiring wiring = wiringText == null ? Wiring.SERPENTINE : Wiring.fromWire(wiringText).orElseThrow(() ->
                new InvalidMessageException("layout.wiring", "must be serpentine or progressive, got \"" + wiringText + '"'));
        return new DeviceInfo(id, name == null ? id : name, kind, new LayoutInfo(pixels, width, height, wiring),
                fields.optionalString("output", 256),
                fields.has("maxFps") ? fields.integer("maxFps", 1, 1000) : 60,
                fields.optionalString("agentVersion", 64),
                fields.strings("effects", 256, 64),
                fields.has("buttons") ? fields.integer("buttons", 0, 8) : 0,
                fields.has("startedAt") ? fields.longValue("startedAt", 0, Long.MAX_VALUE) : 0);
    }

    DeviceState state(FieldReader fields, CommandReader commands) throws InvalidMessageException {
        Map<String, Object> params = fields.plainObject("params");
        FieldReader playlistFields = fields.optionalObject("playlist");
        FieldReader statsFields = fields.optionalObject("stats");
        FrameStats stats = statsFields == null ? null : new FrameStats(
                statsFields.number("fps", 0, 10_000),
                statsFields.longValue("renderUs", 0, Long.MAX_VALUE),
                statsFields.longValue("jitterUs", 0, Long.MAX_VALUE),
                statsFields.longValue("droppedFrames", 0, Long.MAX_VALUE));
        return new DeviceState(
                fields.bool("power", false),
                fields.integer("brightness", 0, 255),
                fields.string("effect", 64),
                params,
                fields.has("transitionMs") ? fields.integer("transitionMs", 0, SetCommand.MAX_TRANSITION_MS) : 0,
                playlistFields == null ? null : commands.playlist(playlistFields),
                fields.optionalLong("startAt", 0, Long.MAX_VALUE),
                CommandReader.commandId(fields, "commandId"),
                stats);
    }

    ButtonEvent buttonEvent(FieldReader fields) throws InvalidMessageException {
        String gestureText = fields.string("gesture", 16);
        ButtonGesture gesture = ButtonGesture.fromWire(gestureText).orElseThrow(() -> new InvalidMessageException(
                "gesture", "must be click, double, long, hold or release, got \"" + gestureText + '"'));
        return new ButtonEvent(
                fields.has("button") ? fields.integer("button", 1, 8) : 1,
                gesture,
                fields.longValue("seq", 0, Long.MAX_VALUE),
                fields.longValue("ts", 0, Long.MAX_VALUE));
    }

    CommandError error(FieldReader fields) throws InvalidMessageException {
        return new CommandError(
                CommandReader.commandId(fields, "commandId"),
                fields.optionalString("field", 256),
                fields.string("message", 1024));
    }
}
