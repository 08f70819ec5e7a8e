package dev.parley.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a node leaves a load balancer when it is stopped: {@code parley.shutdown.drain}
 * ({@code PARLEY_SHUTDOWN_DRAIN}), how long it reports itself out of service ({@code /actuator/health} answers 503
 * {@code OUT_OF_SERVICE}) while still serving, before it stops taking requests and finishes the ones in flight
 * ({@code server.shutdown=graceful}). Long enough for the load balancer's health checks to see it: deploy/haproxy.cfg
 * takes a node out after two failed checks a second apart, and deploy/parley@.service sets 3 s. {@code 0} (the
 * default, for a single server) stops at once; a negative duration stops the start.
 */
@ConfigurationProperties("parley.shutdown")
public record NodeShutdown(@DefaultValue("0s") Duration drain) {
    public NodeShutdown {
        if (drain == null || drain.isNegative()) {
            throw new IllegalArgumentException(
                    "parley.shutdown.drain must be 0 (no drain) or a positive duration" + " such as 3s, not " + drain);
        }
    }
}
