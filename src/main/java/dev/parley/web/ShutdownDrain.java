package dev.parley.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes a stopping node out of its load balancer before the web server stops taking requests. Spring sets the
 * readiness state to {@code REFUSING_TRAFFIC} as the application closes, so {@code /actuator/health} answers 503
 * {@code OUT_OF_SERVICE}; but the web server's graceful shutdown, which comes next, closes the port at once, and a
 * load balancer that has not checked the node since still sends it requests. This waits {@link NodeShutdown#drain}
 * in between, still serving, so the balancer sees the node out of service and moves its traffic first.
 *
 * <p>Stopped in the highest phase, before Spring Boot's graceful shutdown of the web server (a lower phase).
 */
@Component
class ShutdownDrain implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final ApplicationContext context;
    private final NodeShutdown settings;
    private volatile boolean running;

    ShutdownDrain(ApplicationContext context, NodeShutdown settings) {
        this.context = context;
        this.settings = settings;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (settings.drain().isZero()) {
            return;
        }
        // already published by the closing context; again here so the drain never runs while the node says it is ready
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        log.info("Out of service; still serving for {} before the server stops taking requests", settings.drain());
        try {
            Thread.sleep(settings.drain());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
