package dev.parley.curator.ui;

import dev.parley.curator.MutableClock;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app with one curator, {@code alice}, whose hash is made at each run (never a committed one), and a sign-in
 * clock the tests move by hand. Each client comes from its own loopback address (127.0.0.x), so the per-address
 * limits of one test do not touch the others; the subclasses share one running app.
 */
@Import(CuratorServerTest.Clocks.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
abstract class CuratorServerTest {
    static final String PASSWORD = "a password made up for this test";

    private static int nextAddress = 10;

    @DynamicPropertySource
    static void curator(DynamicPropertyRegistry registry) {
        // the cheapest accepted cost, to keep the tests quick
        String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
        registry.add("parley.curators[0].name", () -> "alice");
        registry.add("parley.curators[0].password-hash", () -> hash);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        Clock signInClock() {
            return new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    Clock signInClock;

    /** A client of its own, from an address no other test uses. */
    VaadinHttpClient client() throws Exception {
        synchronized (CuratorServerTest.class) {
            nextAddress++;
            return new VaadinHttpClient(port, InetAddress.getByName("127.0.0." + nextAddress));
        }
    }

    void advance(Duration duration) {
        ((MutableClock) signInClock).advance(duration);
    }

    void waitOutDelay() {
        advance(Duration.ofSeconds(2));
    }

    /** A client signed in as alice. */
    VaadinHttpClient curator() throws Exception {
        VaadinHttpClient curator = client();
        curator.signIn("alice", PASSWORD);
        return curator;
    }

    @BeforeEach
    void forgetEarlierFailures() {
        advance(Duration.ofMinutes(16));
    }
}
