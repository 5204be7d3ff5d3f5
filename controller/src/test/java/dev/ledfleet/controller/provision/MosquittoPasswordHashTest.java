package dev.ledfleet.controller.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class MosquittoPasswordHashTest {

    /** Written by mosquitto_passwd 2.0.11: {@code mosquitto_passwd -b pw lamp-a secretA}. */
    private static final String FROM_MOSQUITTO_PASSWD =
            "$7$101$IlqLtnrldMVrmir4$xMuUZGV2T+uTnqTylz83KK4trXKNcUOkrxKkxgNAVIqHUuIfjbfepPEXGDnKgDVncm68fwZC9XK3T82g72hvvw==";

    @Test
    void matches_hashWrittenByMosquittoPasswd_acceptsItsPassword() {
        MosquittoPasswordHash hash = MosquittoPasswordHash.parse(FROM_MOSQUITTO_PASSWD);

        assertThat(hash.matches("secretA")).isTrue();
        assertThat(hash.matches("secretB")).isFalse();
    }

    @Test
    void pbkdf2_sameSaltAsMosquittoPasswd_givesTheSameBytes() {
        MosquittoPasswordHash theirs = MosquittoPasswordHash.parse(FROM_MOSQUITTO_PASSWD);

        byte[] ours = MosquittoPasswordHash.pbkdf2("secretA", theirs.salt(), 101);

        assertThat(ours).isEqualTo(theirs.hash());
    }

    @Test
    void create_writesSevenFormatWithTwelveByteSaltAndSixtyFourByteHash() {
        MosquittoPasswordHash hash = MosquittoPasswordHash.create("pw-123", new SecureRandom());

        assertThat(hash.text()).matches("\\$7\\$101\\$[A-Za-z0-9+/]{16}\\$[A-Za-z0-9+/]{86}==");
        assertThat(MosquittoPasswordHash.parse(hash.text()).matches("pw-123")).isTrue();
    }

    @Test
    void create_twice_usesDifferentSalts() {
        SecureRandom random = new SecureRandom();

        assertThat(MosquittoPasswordHash.create("same", random).text())
                .isNotEqualTo(MosquittoPasswordHash.create("same", random).text());
    }

    @Test
    void parse_oldSha512Format_isRejected() {
        assertThatThrownBy(() -> MosquittoPasswordHash.parse("$6$c2FsdA==$aGFzaA=="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$7$");
    }
}
