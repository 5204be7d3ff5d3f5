package dev.ledfleet.controller.runtime;

import dev.ledfleet.controller.fleet.DeviceLink;
import dev.ledfleet.controller.fleet.Fleet;
import dev.ledfleet.controller.fleet.SetupSnapshot;
import dev.ledfleet.controller.store.SetupFile;
import dev.ledfleet.controller.store.SetupWriter;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Clock;

/** Hosts the fleet domain on one context and saves its configuration through a worker. */
public final class FleetVerticle extends VerticleBase {

    private final SetupSnapshot initial;
    private final SetupFile file;
    private final DeviceLink link;
    private FleetGate gate;

    public FleetVerticle(SetupSnapshot initial, SetupFile file, DeviceLink link) {
        this.initial = initial;
        this.file = file;
        this.link = link;
    }

    @Override
    public Future<?> start() {
        Fleet fleet = new Fleet(Clock.systemUTC(), new VertxScheduler(vertx), link, initial, new SetupWriter(vertx, file));
        gate = new FleetGate(context, fleet);
        return Future.succeededFuture();
    }

    /** Available once the verticle is deployed. */
    public FleetGate gate() {
        return gate;
    }
}
