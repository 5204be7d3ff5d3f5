package dev.ledfleet.controller.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last {@value #SIZE} firings of one rule, newest first. */
final class FiringLog {

    static final int SIZE = 20;

    private final Deque<Firing> firings = new ArrayDeque<>();

    void add(Firing firing) {
        firings.addFirst(firing);
        while (firings.size() > SIZE) {
            firings.removeLast();
        }
    }

    /** Replaces the entry with the same sequence number, if it is still kept. */
    void update(Firing firing) {
        List<Firing> all = new ArrayList<>(firings);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).seq() == firing.seq()) {
                all.set(i, firing);
                firings.clear();
                firings.addAll(all);
                return;
            }
        }
    }

    List<Firing> entries() {
        return List.copyOf(firings);
    }
}
