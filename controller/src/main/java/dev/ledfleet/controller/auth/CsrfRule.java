package dev.ledfleet.controller.auth;

import java.util.Optional;
import java.util.Set;

/**
 * Which cookie-authenticated requests may change something. The session cookie is SameSite=Strict;
 * on top of that a state-changing request must carry {@code X-Requested-With: ledfleet}, a header a
 * cross-site form cannot set and cross-site script cannot send without a CORS preflight the
 * controller never grants, and its {@code Origin}, when the browser sends one, must be the
 * controller's own. Bearer-token requests carry no ambient credentials and skip this.
 */
public final class CsrfRule {

    public static final String HEADER = "X-Requested-With";
    public static final String HEADER_VALUE = "ledfleet";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private CsrfRule() {
    }

    /**
     * Why the request is refused, or empty when it may go on.
     *
     * @param header  the {@code X-Requested-With} value, or null
     * @param origin  the {@code Origin} value, or null
     * @param allowed the origins this controller is reached at, like {@code https://lights.example}
     */
    public static Optional<String> refusal(String method, String header, String origin, Set<String> allowed) {
        if (SAFE.contains(method)) {
            return Optional.empty();
        }
        if (!HEADER_VALUE.equals(header)) {
            return Optional.of("a " + method + " with the session cookie must carry the header "
                    + HEADER + ": " + HEADER_VALUE + " (cross-site request protection)");
        }
        if (origin != null && !allowed.contains(origin)) {
            return Optional.of("requests from origin " + origin + " are not accepted; set --public-origin if the"
                    + " controller is reached through a proxy at that address");
        }
        return Optional.empty();
    }
}
