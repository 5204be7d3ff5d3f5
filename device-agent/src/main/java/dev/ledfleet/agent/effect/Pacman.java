package dev.ledfleet.agent.effect;

/**
 * Pac-Man on a strip: yellow Pac-Man runs towards a blinking power pellet on the last pixel with the red,
 * purple, cyan and orange ghosts behind him; at the pellet everyone turns round, the ghosts go blue and
 * flee back to the start, blinking when they are nearly there, and the chase begins again.
 */
final class Pacman implements Effect {

    static final int PACMAN = 0xff9600;
    static final int PELLET = 0xff8800;
    static final int FRIGHTENED = 0x0000ff;
    /** Red, purple, cyan and orange, front to back on the way out. */
    static final int[] GHOSTS = {0xff0000, 0xb400ff, 0x00ffff, 0xff2800};
    /** How far each ghost, and Pac-Man, runs ahead of the orange ghost. */
    private static final int[] GHOST_LEADS = {6, 4, 2, 0};
    private static final int PACMAN_LEAD = 10;

    private final StepClock clock;
    private final int pixels;
    private final long turnFrame;
    private final long period;
    private final int blinkFrom;
    private final long firstBlinkFrame;

    Pacman(EffectSetup setup) {
        this.clock = StepClock.of(setup);
        this.pixels = setup.width() * setup.height();
        // Out: the orange ghost goes from pixel 0 until Pac-Man reaches the pixel before the pellet.
        long outbound = Math.max(1, pixels - PACMAN_LEAD - 1);
        this.turnFrame = outbound - 1;
        this.period = outbound + Math.max(0, pixels - PACMAN_LEAD - 3);
        this.blinkFrom = pixels > 150 ? pixels / 4 : pixels / 3;
        // Blinking starts, dark first, on the frame the homeward orange ghost reaches blinkFrom.
        this.firstBlinkFrame = turnFrame + Math.max(0, turnFrame - blinkFrom);
    }

    @Override
    public void render(long timeMs, Canvas canvas) {
        long step = clock.step(timeMs);
        long frame = step % period;
        // Out and home again: the orange ghost walks up to the turn and back down the same way.
        boolean turned = frame >= turnFrame;
        int orange = (int) (turned ? 2 * turnFrame - frame : frame);
        canvas.fill(0);
        if ((long) Math.floor(clock.startMs(step) / 1000) % 2 == 0) {
            put(canvas, pixels - 1, PELLET);
        }
        put(canvas, orange + PACMAN_LEAD, PACMAN);
        boolean blinking = turned && orange <= blinkFrom;
        boolean hidden = blinking && (frame - firstBlinkFrame) % 2 == 0;
        for (int g = 0; g < GHOSTS.length; g++) {
            int color = !turned ? GHOSTS[g] : blinking ? (hidden ? 0 : GHOSTS[g]) : FRIGHTENED;
            put(canvas, orange + GHOST_LEADS[g], color);
        }
    }

    private void put(Canvas canvas, int pixel, int rgb) {
        if (pixel >= 0 && pixel < pixels) {
            canvas.set(pixel, rgb);
        }
    }

    @Override
    public long cyclesCompleted(long timeMs) {
        return clock.step(timeMs) / period;
    }
}
