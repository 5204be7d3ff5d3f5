package dev.ledfleet.agent.effect.sprite;

import dev.ledfleet.agent.effect.Canvas;
import dev.ledfleet.agent.effect.Effect;
import dev.ledfleet.agent.effect.EffectParams;
import dev.ledfleet.agent.effect.EffectSetup;

/**
 * A little picture plays its frames in a loop on the grid, centred or placed at an offset; at the
 * frame rate, or for an animated GIF at its own frame delays if gif-timing is on.
 */
public final class Sprite implements Effect {

    private static final System.Logger LOG = System.getLogger(Sprite.class.getName());

    private final SpriteSheet sheet;
    private final double frameMs;
    private final boolean ownTiming;
    private final int left;
    private final int top;
    private final int background;

    public Sprite(EffectSetup setup) {
        EffectParams params = setup.params();
        this.background = params.color("background");
        this.sheet = load(params, setup.width(), setup.height(), background);
        this.frameMs = 1000 / params.number("fps");
        this.ownTiming = params.bool("gif-timing") && sheet.hasOwnTiming();
        int x = params.integer("offset-x");
        int y = params.integer("offset-y");
        if (params.bool("center")) {
            x += (setup.width() - sheet.frameWidth()) / 2;
            y += (setup.height() - sheet.frameHeight()) / 2;
        }
        this.left = x;
        this.top = y;
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        canvas.fill(background);
        if (sheet.frameCount() == 0) {
            return;
        }
        int frame = ownTiming ? sheet.frameAt((int) Math.floorMod(timeMs, (long) sheet.loopMs()))
                : (int) Math.floorMod(frameNumber(timeMs), sheet.frameCount());
        int fw = sheet.frameWidth();
        int fromX = Math.max(0, left);
        int toX = Math.min(canvas.width(), left + fw);
        if (fromX >= toX) {
            return;
        }
        int[] source = sheet.pixels();
        int[] target = canvas.pixels();
        for (int y = Math.max(0, top); y < Math.min(canvas.height(), top + sheet.frameHeight()); y++) {
            System.arraycopy(source, sheet.rowOffset(frame, y - top) + fromX - left,
                    target, y * canvas.width() + fromX, toX - fromX);
        }
    }

    /** One cycle is every frame shown once. */
    @Override
    public long cyclesCompleted(long timeMs) {
        if (sheet.frameCount() == 0) {
            return 0;
        }
        return ownTiming ? Math.max(0, timeMs) / sheet.loopMs() : Math.max(0, frameNumber(timeMs)) / sheet.frameCount();
    }

    private long frameNumber(long timeMs) {
        return (long) Math.floor(timeMs / frameMs);
    }

    /** Validation refuses images that cannot be decoded; should one get through anyway, it shows nothing. */
    private static SpriteSheet load(EffectParams params, int width, int height, int background) {
        try {
            byte[] data = params.image("image");
            if (data.length == 0) {
                return SpriteSheet.empty();
            }
            return SpriteSheet.decode(data, params.integer("frame-width"), params.integer("frame-height"),
                    width, height, background);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage() + "; the sprite shows nothing");
            return SpriteSheet.empty();
        }
    }
}
