package dev.ledfleet.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Binary frames: any header with any body is decoded or refused, and real frames survive the trip. */
class FrameCodecPropertyTest {

    private static byte[] frame(int width, int height, byte[] body) {
        byte[] payload = new byte[FrameCodec.HEADER_BYTES + body.length];
        payload[0] = FrameCodec.VERSION;
        payload[1] = FrameCodec.FORMAT_RGB888;
        payload[2] = (byte) (width >>> 8);
        payload[3] = (byte) width;
        payload[4] = (byte) (height >>> 8);
        payload[5] = (byte) height;
        System.arraycopy(body, 0, payload, FrameCodec.HEADER_BYTES, body.length);
        return payload;
    }

    @Test
    void anyHeaderWithAnyBody_isDecodedOrRefused() {
        PropertyCheck.forAll(20_000, draw -> frame(draw.intBetween(0, 65_535), draw.intBetween(0, 65_535), draw.bytes(64)),
                payload -> DecoderFuzzTest.outcome("frame", FrameCodec::decode, payload));
    }

    @Test
    void headerWhosePixelCountOverflowsAnInt_isRefused() {
        // 45761 * 62571 * 3 + 8 wraps around to 9 in 32-bit arithmetic, the length of this payload.
        byte[] payload = frame(45_761, 62_571, new byte[1]);

        assertThatThrownBy(() -> FrameCodec.decode(payload)).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("45761x62571");
    }

    @Test
    void frame_roundTrips() {
        PropertyCheck.forAll(500, draw -> {
            int width = draw.intBetween(1, 40);
            int height = draw.intBetween(1, 40);
            int[] rgb = new int[width * height];
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = draw.nextInt(0x1000000);
            }
            return new Object[] {width, height, draw.intBetween(0, 65_535), rgb};
        }, input -> {
            int width = (int) input[0];
            int height = (int) input[1];
            int sequence = (int) input[2];
            int[] rgb = (int[]) input[3];
            byte[] payload = new byte[FrameCodec.payloadSize(width, height)];
            FrameCodec.encode(width, height, sequence, rgb, payload);

            FrameCodec.Frame frame = FrameCodec.decode(payload);

            assertThat(frame.width()).isEqualTo(width);
            assertThat(frame.height()).isEqualTo(height);
            assertThat(frame.sequence()).isEqualTo(sequence);
            assertThat(frame.pixels()).isEqualTo(rgb);
        });
    }
}
