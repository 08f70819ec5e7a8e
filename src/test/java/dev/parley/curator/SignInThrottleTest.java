package dev.parley.curator;

import static dev.parley.curator.SignInThrottle.Verdict.ALLOWED;
import static dev.parley.curator.SignInThrottle.Verdict.LOCKED;
import static dev.parley.curator.SignInThrottle.Verdict.TOO_SOON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    /** Fails {@code n} times for the name from the address, waiting out each delay as a patient attacker would. */
    private void fail(int n, String name, String address) {
        for (int i = 0; i < n; i++) {
            clock.advance(SignInThrottle.MAX_DELAY);
            assertThat(throttle.attempt(name, address)).isEqualTo(ALLOWED);
        }
    }

    @Test
    void after_a_hundred_thousand_distinct_names_the_memory_stays_at_its_bound() {
        for (int i = 0; i < 100_000; i++) {
            assertThat(throttle.attempt("guess-" + i, "10.0." + (i >> 8) + "." + (i & 0xff)))
                    .isEqualTo(ALLOWED);
        }

        // one table of names and one of addresses, each full and no fuller
        assertThat(throttle.remembered())
                .isLessThanOrEqualTo(2L * SignInThrottle.MAX_ENTRIES)
                .isGreaterThan(SignInThrottle.MAX_ENTRIES);
    }

    @Test
    void a_very_long_name_is_remembered_by_its_beginning_only() {
        String longName = "a".repeat(SignInThrottle.MAX_NAME_LENGTH) + "b".repeat(1_000_000);
        fail(SignInThrottle.LOCK_AFTER, longName, "10.0.0.1");

        clock.advance(SignInThrottle.MAX_DELAY);
        assertThat(throttle.attempt("a".repeat(SignInThrottle.MAX_NAME_LENGTH), "10.0.0.2"))
                .isEqualTo(LOCKED);
    }

    @Test
    void parallel_attempts_cannot_pass_the_lock_limit_together() throws Exception {
        int threads = 32;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<SignInThrottle.Verdict>> verdicts = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String address = "10.1.0." + i;
                verdicts.add(pool.submit(() -> {
                    start.await();
                    return throttle.attempt("alice", address);
                }));
            }
            start.countDown();
            long allowed = 0;
            for (Future<SignInThrottle.Verdict> verdict : verdicts) {
                allowed += verdict.get() == ALLOWED ? 1 : 0;
            }
            // the first three are free; then each must wait for the delay, which none of them did
            assertThat(allowed).isEqualTo(SignInThrottle.FREE_ATTEMPTS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_first_three_attempts_come_as_fast_as_they_like() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            assertThat(throttle.attempt("alice", "10.0.0.1")).isEqualTo(ALLOWED);
        }

        assertThat(throttle.attempt("alice", "10.0.0.1")).isEqualTo(TOO_SOON);
    }

    @Test
    void the_delay_grows_from_half_a_second_to_two_seconds() {
        assertThat(SignInThrottle.delayAfter(2)).isZero();
        assertThat(SignInThrottle.delayAfter(3)).isEqualTo(Duration.ofMillis(500));
        assertThat(SignInThrottle.delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.delayAfter(9)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void an_attempt_within_the_delay_is_refused_and_one_after_it_is_allowed() {
        fail(4, "alice", "10.0.0.1");

        clock.advance(Duration.ofMillis(999));
        assertThat(throttle.attempt("alice", "10.0.0.1")).isEqualTo(TOO_SOON);
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.attempt("alice", "10.0.0.1")).isEqualTo(ALLOWED);
    }

    @Test
    void after_ten_failures_the_name_is_locked_from_every_address_for_fifteen_minutes() {
        fail(SignInThrottle.LOCK_AFTER, "alice", "10.0.0.1");

        clock.advance(Duration.ofMinutes(14).plusSeconds(50));
        assertThat(throttle.attempt("alice", "192.168.7.7")).isEqualTo(LOCKED);
        assertThat(throttle.attempt("ALICE ", "192.168.7.8")).isEqualTo(LOCKED);
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.attempt("alice", "192.168.7.7")).isEqualTo(ALLOWED);
    }

    @Test
    void after_ten_failures_from_one_address_every_name_is_locked_for_it() {
        for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
            fail(1, "name-" + i, "10.0.0.1");
        }

        clock.advance(SignInThrottle.MAX_DELAY);
        assertThat(throttle.attempt("bob", "10.0.0.1")).isEqualTo(LOCKED);
        assertThat(throttle.attempt("bob", "10.0.0.2")).isEqualTo(ALLOWED);
    }

    @Test
    void a_success_forgets_the_name_but_not_the_other_failures_of_its_address() {
        fail(SignInThrottle.LOCK_AFTER - 1, "mallory-guess", "10.0.0.1");
        fail(1, "alice", "10.0.0.1");
        throttle.succeeded("alice", "10.0.0.1");

        fail(1, "another-guess", "10.0.0.1");
        clock.advance(SignInThrottle.MAX_DELAY);
        assertThat(throttle.attempt("third-guess", "10.0.0.1")).isEqualTo(LOCKED);
        assertThat(throttle.attempt("alice", "10.0.0.9")).isEqualTo(ALLOWED);
    }

    @Test
    void refused_attempts_do_not_extend_the_lock() {
        fail(SignInThrottle.LOCK_AFTER, "alice", "10.0.0.1");
        for (int minute = 0; minute < 14; minute++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(throttle.attempt("alice", "10.0.0.1")).isEqualTo(LOCKED);
        }

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.attempt("alice", "10.0.0.1")).isEqualTo(ALLOWED);
    }
}
