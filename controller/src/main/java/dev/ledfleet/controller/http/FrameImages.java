package dev.ledfleet.controller.http;

import dev.ledfleet.controller.fleet.FleetEvent;
import dev.ledfleet.controller.runtime.FleetGate;
import dev.ledfleet.protocol.DeviceId;
import dev.ledfleet.protocol.message.FrameCodec;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * {@code GET /api/devices/{id}/frame.png}: the device's latest real frame, fetched with a
 * {@code frame/request} when the controller has none fresh. Grids keep their shape, strips are one row.
 */
final class FrameImages {

    static final long FRESH_MS = 1_000;
    static final long WAIT_MS = 2_000;
    static final int MAX_SCALE = 32;

    private final Context context;
    private final FleetGate fleet;
    private final Map<DeviceId, List<Promise<FrameCodec.Frame>>> waiting = new HashMap<>();

    FrameImages(Context context, FleetGate fleet) {
        this.context = context;
        this.fleet = fleet;
        ImageIO.setUseCache(false);
        fleet.listen(event -> {
            if (event instanceof FleetEvent.FrameArrived arrived) {
                context.runOnContext(ignored -> arrived(arrived.device(), arrived.frame()));
            }
        });
    }

    void png(RoutingContext ctx) {
        DeviceId id = DeviceHandlers.id(ctx);
        int scale = scale(ctx);
        fleet.call(f -> {
            FrameCodec.Frame recent = f.recentFrame(id, FRESH_MS);
            if (recent == null) {
                f.watchFrames(id, 3_000, 5);
            }
            return recent;
        }).compose(recent -> recent != null ? Future.succeededFuture(recent) : next(id))
                .compose(frame -> ctx.vertx().executeBlocking(() -> encode(frame, scale), false))
                .onSuccess(png -> ctx.response().putHeader("Content-Type", "image/png")
                        .putHeader("Cache-Control", "no-store").end(png))
                .onFailure(ctx::fail);
    }

    private Future<FrameCodec.Frame> next(DeviceId id) {
        Promise<FrameCodec.Frame> promise = Promise.promise();
        context.runOnContext(ignored -> {
            waiting.computeIfAbsent(id, d -> new ArrayList<>()).add(promise);
            context.owner().setTimer(WAIT_MS, t -> {
                List<Promise<FrameCodec.Frame>> list = waiting.get(id);
                if (list != null && list.remove(promise)) {
                    promise.fail(new ApiException(504, null, "device '" + id + "' sent no frame within " + WAIT_MS + " ms", null));
                }
            });
        });
        return promise.future();
    }

    private void arrived(DeviceId id, FrameCodec.Frame frame) {
        List<Promise<FrameCodec.Frame>> list = waiting.remove(id);
        if (list != null) {
            list.forEach(p -> p.complete(frame));
        }
    }

    static Buffer encode(FrameCodec.Frame frame, int scale) throws IOException {
        BufferedImage image = new BufferedImage(frame.width() * scale, frame.height() * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < frame.height() * scale; y++) {
            for (int x = 0; x < frame.width() * scale; x++) {
                image.setRGB(x, y, frame.pixels()[(y / scale) * frame.width() + x / scale]);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return Buffer.buffer(out.toByteArray());
    }

    private static int scale(RoutingContext ctx) {
        String text = ctx.queryParams().get("scale");
        if (text == null) {
            return 1;
        }
        try {
            int scale = Integer.parseInt(text);
            if (scale >= 1 && scale <= MAX_SCALE) {
                return scale;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("scale", "must be a whole number from 1 to " + MAX_SCALE + ", got \"" + text + '"');
    }
}
