package dev.ledfleet.agent.engine;

import dev.ledfleet.agent.color.Brightness;
import dev.ledfleet.agent.color.Gamma;
import dev.ledfleet.agent.color.PowerLimiter;
import dev.ledfleet.agent.color.Rgb;
import dev.ledfleet.agent.effect.EffectRegistry;
import dev.ledfleet.agent.layout.Layout;
import dev.ledfleet.agent.layout.PixelMap;
import dev.ledfleet.protocol.effect.EffectCatalog;
import dev.ledfleet.protocol.message.DeviceState;
import dev.ledfleet.protocol.message.EffectChoice;
import java.util.Objects;

/**
 * Turns a {@link DeviceState} and a time into frames: runs the effect or playlist, crossfades between
 * scenes, and produces both the logical frame (row-major, brightness applied, no gamma: what a
 * preview shows) and the physical frame (chain order, gamma corrected, within the power budget: what
 * the LEDs get). Single-threaded and free of clocks: the caller passes the time in, so the frame loop
 * and the offline {@code render} command produce the same frames.
 */
public final class FrameRenderer {

    private final SceneStarter starter;
    private final int[] physicalOf;
    private final Gamma gamma;
    private final PowerLimiter limiter;
    private final Brightness brightness = new Brightness(255);
    private final int[] logical;
    private final int[] outgoingFrame;
    private final int[] physical;

    private DeviceState state;
    private Scene current = Scene.dark();
    private Scene outgoing;
    private long fadeStartEpochMs;
    private int fadeMs;
    private PlaylistRun playlist;
    private long anchorEpochMs;
    private Long fixedSeed;

    public FrameRenderer(Layout layout, PixelMap map, Gamma gamma, PowerLimiter limiter, EffectRegistry registry,
            EffectCatalog catalog) {
        this.starter = new SceneStarter(layout, map, registry, catalog);
        this.physicalOf = layout.physicalIndexTable();
        this.gamma = gamma;
        this.limiter = limiter;
        this.logical = new int[layout.pixelCount()];
        this.outgoingFrame = new int[layout.pixelCount()];
        this.physical = new int[layout.pixelCount()];
    }

    /** Draws with the standard effects and catalog. */
    public static FrameRenderer standard(Layout layout, PixelMap map, Gamma gamma, PowerLimiter limiter) {
        return new FrameRenderer(layout, map, gamma, limiter, EffectRegistry.standard(), EffectCatalog.standard());
    }

    /** Seeds effects from {@code seed} instead of from the start time; for offline renders. */
    public void useSeed(long seed) {
        fixedSeed = seed;
    }

    /**
     * Shows {@code next} from {@code nowEpochMs} on. A change of power, effect, parameters, playlist
     * or start time starts a new scene, crossfading over the state's {@code transitionMs}; brightness
     * applies at once.
     */
    public void show(DeviceState next, long nowEpochMs) {
        DeviceState previous = state;
        state = next;
        brightness.set(next.brightness());
        boolean programmeChanged = previous == null || !Objects.equals(previous.effect(), next.effect())
                || !Objects.equals(previous.playlist(), next.playlist())
                || !Objects.equals(previous.startAt(), next.startAt());
        if (!programmeChanged && previous.power() == next.power() && previous.params().equals(next.params())) {
            return;
        }
        if (programmeChanged) {
            anchorEpochMs = next.startAt() != null ? next.startAt() : nowEpochMs;
        }
        long seed = fixedSeed != null ? fixedSeed : anchorEpochMs;
        playlist = null;
        Scene incoming = Scene.dark();
        if (next.power() && next.playlist() != null) {
            playlist = new PlaylistRun(next.playlist(), anchorEpochMs, seed);
            playlist.advance(nowEpochMs, 0);
            incoming = starter.start(playlist.choice(), playlist.entryStartEpochMs(), playlist.entrySeed());
        } else if (next.power() && next.effect() != null) {
            incoming = starter.start(new EffectChoice(next.effect(), next.params()), anchorEpochMs, Seeds.of(seed, 0));
        }
        crossfadeTo(incoming, nowEpochMs, previous == null ? 0 : next.transitionMs());
    }

    /** Renders the frame at {@code nowEpochMs} into {@link #logicalFrame()} and {@link #physicalFrame()}. */
    public void render(long nowEpochMs) {
        if (playlist != null && playlist.advance(nowEpochMs, current.cyclesCompleted(nowEpochMs))) {
            // The fade starts with the entry, not with the frame that noticed it, so grouped devices fade alike.
            long entryStart = Math.min(nowEpochMs, playlist.entryStartEpochMs());
            crossfadeTo(starter.start(playlist.choice(), entryStart, playlist.entrySeed()), entryStart,
                    state.transitionMs());
        }
        current.render(nowEpochMs, logical);
        if (outgoing != null) {
            long elapsed = nowEpochMs - fadeStartEpochMs;
            if (elapsed >= fadeMs || elapsed < 0) {
                outgoing = null;
            } else {
                outgoing.render(nowEpochMs, outgoingFrame);
                int amount = (int) (elapsed * 255 / fadeMs);
                for (int i = 0; i < logical.length; i++) {
                    logical[i] = Rgb.blend(outgoingFrame[i], logical[i], amount);
                }
            }
        }
        brightness.apply(logical, logical.length);
        for (int i = 0; i < logical.length; i++) {
            physical[physicalOf[i]] = gamma.apply(logical[i]);
        }
        limiter.limit(physical, physical.length);
    }

    private void crossfadeTo(Scene incoming, long nowEpochMs, int transitionMs) {
        boolean visible = !(current.isDark() && incoming.isDark());
        outgoing = transitionMs > 0 && visible ? current : null;
        fadeStartEpochMs = nowEpochMs;
        fadeMs = transitionMs;
        current = incoming;
    }

    /** Row-major {@code 0xRRGGBB} from the top-left, brightness applied, no gamma. Reused every frame. */
    public int[] logicalFrame() {
        return logical;
    }

    /** Chain order, gamma corrected and power limited: what the output sends. Reused every frame. */
    public int[] physicalFrame() {
        return physical;
    }

    /** The state last passed to {@link #show}. */
    public DeviceState state() {
        return state;
    }

    /** What is on show, for logs and tests: the effect id, or "off". */
    public String sceneName() {
        return current.toString();
    }

    /** The playlist entry showing (index into its effects), or -1 without a playlist. */
    public int playlistPosition() {
        return playlist == null ? -1 : playlist.position();
    }

    /** True while a crossfade is running. */
    public boolean fading() {
        return outgoing != null;
    }
}
