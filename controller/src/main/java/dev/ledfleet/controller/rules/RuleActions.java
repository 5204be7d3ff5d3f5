package dev.ledfleet.controller.rules;

import java.util.concurrent.CompletableFuture;

/**
 * Carries out a rule's action through the same acknowledged command path as the REST API; the
 * future's text says how it went, e.g. {@code "fiber-lamp: applied, pixel-grid: timed-out"}.
 */
@FunctionalInterface
public interface RuleActions {

    CompletableFuture<String> run(Action action);
}
