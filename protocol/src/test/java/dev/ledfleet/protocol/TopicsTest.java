package dev.ledfleet.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicsTest {

    private final Topics topics = Topics.standard();
    private final DeviceId lamp = DeviceId.of("kitchen-lamp");

    @Test
    void deviceTopics_followTheProtocolLayout() {
        assertThat(topics.status(lamp)).isEqualTo("ledfleet/kitchen-lamp/status");
        assertThat(topics.set(lamp)).isEqualTo("ledfleet/kitchen-lamp/set");
        assertThat(topics.buttonEvent(lamp)).isEqualTo("ledfleet/kitchen-lamp/event/button");
        assertThat(topics.frameRequest(lamp)).isEqualTo("ledfleet/kitchen-lamp/frame/request");
        assertThat(topics.everyDevice(DeviceTopic.STATE)).isEqualTo("ledfleet/+/state");
        assertThat(new Topics("home/leds").info(lamp)).isEqualTo("home/leds/kitchen-lamp/info");
    }

    @ParameterizedTest
    @EnumSource(DeviceTopic.class)
    void parse_readsBackEveryDeviceTopic(DeviceTopic kind) {
        assertThat(topics.parse(topics.device(lamp, kind))).contains(new Topics.DeviceAddress(lamp, kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"other/kitchen-lamp/state", "ledfleet/Kitchen/state", "ledfleet/kitchen-lamp/unknown",
            "ledfleet/group/set", "ledfleet/$clock", "ledfleet"})
    void parse_ignoresTopicsThatAreNoDeviceTopic(String topic) {
        assertThat(topics.parse(topic)).isEmpty();
    }

    @Test
    void groupAndSceneTopics_checkTheirNames() {
        assertThat(topics.groupSet("downstairs")).isEqualTo("ledfleet/group/downstairs/set");
        assertThat(topics.sceneApply("movie-night")).isEqualTo("ledfleet/scene/movie-night/apply");
        assertThatThrownBy(() -> topics.groupSet("a/b")).hasMessageContaining("group name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/leds", "leds/", "le+ds", "a//b"})
    void base_withWildcardsOrStraySlashes_isRejected(String base) {
        assertThatThrownBy(() -> new Topics(base)).isInstanceOf(IllegalArgumentException.class);
    }
}
