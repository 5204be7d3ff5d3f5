package dev.ledfleet.controller.bench;

import java.util.ArrayList;
import java.util.List;

/** What a fault drill did, step by step, and how many of the things it checked survived. */
final class DrillReport {

    private static final System.Logger LOG = System.getLogger(DrillReport.class.getName());

    private final String name;
    private final List<String> steps = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int checked;
    private int survived;

    DrillReport(String name) {
        this.name = name;
    }

    /** Records a step; the harness prints it as it happens so a stuck drill shows where it is. */
    void step(String text) {
        steps.add(text);
        LOG.log(System.Logger.Level.INFO, "[{0}] {1}", name, text);
    }

    void check(boolean ok, String what) {
        checked++;
        if (ok) {
            survived++;
        } else {
            failures.add(what);
            step("LOST: " + what);
        }
    }

    String name() {
        return name;
    }

    int checked() {
        return checked;
    }

    int survived() {
        return survived;
    }

    List<String> failures() {
        return failures;
    }

    List<String> steps() {
        return steps;
    }

    String summary() {
        return name + ": " + survived + "/" + checked + " survived" + (failures.isEmpty() ? "" : "; lost: " + failures);
    }
}
