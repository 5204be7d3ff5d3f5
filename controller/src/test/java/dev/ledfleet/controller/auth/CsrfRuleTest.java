package dev.ledfleet.controller.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsrfRuleTest {

    static final Set<String> OWN = Set.of("http://lights.lan:8080", "https://lights.example");

    @ParameterizedTest(name = "{0} header={1} origin={2} -> {3}")
    @CsvSource(nullValues = "-", value = {
        "GET,    -,        -,                       allowed",
        "HEAD,   -,        https://evil.example,    allowed",
        "POST,   -,        -,                       refused",
        "PATCH,  -,        http://lights.lan:8080,  refused",
        "DELETE, XMLHttpRequest, -,                 refused",
        "PUT,    ledfleet, -,                       allowed",
        "POST,   ledfleet, http://lights.lan:8080,  allowed",
        "POST,   ledfleet, https://lights.example,  allowed",
        "POST,   ledfleet, https://evil.example,    refused",
        "PATCH,  ledfleet, http://lights.lan:8081,  refused",
        "DELETE, ledfleet, null,                    refused",
    })
    void refusal_followsTheTable(String method, String header, String origin, String expected) {
        assertThat(CsrfRule.refusal(method, header, origin, OWN).isEmpty() ? "allowed" : "refused").isEqualTo(expected);
    }
}
