package dev.ledfleet.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameCodecTest {

    @Test
    void frame_roundTrips_withHeaderAndRowMajorRgb() throws Exception {
        int[] pixels = {0xff0000, 0x00ff00, 0x0000ff, 0x123456, 0xabcdef, 0x000000};
        byte[] payload = new byte[FrameCodec.payloadSize(3, 2)];

        FrameCodec.encode(3, 2, 70_000, pixels, payload);

        assertThat(payload).startsWith(1, 0, 0, 3, 0, 2, (byte) (70_000 >>> 8 & 0xff), (byte) (70_000 & 0xff),
                (byte) 0xff, 0, 0);
        FrameCodec.Frame frame = FrameCodec.decode(payload);
        assertThat(frame.width()).isEqualTo(3);
        assertThat(frame.height()).isEqualTo(2);
        assertThat(frame.sequence()).isEqualTo(70_000 & 0xffff);
        assertThat(frame.pixels()).containsExactly(pixels);
    }

    @Test
    void decode_truncatedFrame_isRejected() {
        byte[] payload = new byte[FrameCodec.payloadSize(2, 2)];
        FrameCodec.encode(2, 2, 0, new int[4], payload);
        byte[] truncated = java.util.Arrays.copyOf(payload, payload.length - 1);
        assertThatThrownBy(() -> FrameCodec.decode(truncated))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("needs 20 bytes, got 19");
    }

    @Test
    void decode_unknownVersion_isRejected() {
        assertThatThrownBy(() -> FrameCodec.decode(new byte[] {9, 0, 0, 1, 0, 1, 0, 0, 1, 2, 3}))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("not understood");
    }
}
