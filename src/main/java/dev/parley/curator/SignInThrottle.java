package dev.parley.curator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows and then refuses repeated sign-ins, per account name and per client address, so that guessing a password
 * costs days rather than seconds, from one address or spread over many.
 *
 * <p>Every attempt is counted <em>before</em> its password is checked (a success takes it back), so that requests
 * sent in parallel cannot slip past the limits while the first ones are still being checked. For a name and for an
 * address alike:
 *
 * <ul>
 *   <li>after {@value #FREE_ATTEMPTS} counted attempts, the next may only come {@link #delayAfter(int) 0.5 s} after the
 *       previous one, doubling up to {@link #MAX_DELAY 2 s}; an attempt sooner than that is refused unchecked and
 *       uncounted (no thread waits: a sleeping server would only tie up its own threads, and an attacker sends in
 *       parallel anyway);
 *   <li>after {@value #LOCK_AFTER} counted attempts, every attempt is refused, even with the right password, until
 *       {@link #LOCK_DURATION 15 minutes} after the last counted one;
 *   <li>the count is forgotten 15 minutes after the last counted attempt; a successful sign-in forgets its name's
 *       count but only takes back its own attempt from its address's count (else one good account would reset
 *       the address between guesses at others).
 * </ul>
 *
 * <p>Unknown names are counted and locked exactly like known ones, so a refusal says nothing about whether an
 * account exists. Memory is bounded: each table keeps at most {@link #MAX_ENTRIES} names or addresses (the least
 * recently used go first), and names are cut to {@link #MAX_NAME_LENGTH} characters.
 */
public final class SignInThrottle {
    static final int FREE_ATTEMPTS = 3;
    static final int LOCK_AFTER = 10;
    static final Duration FIRST_DELAY = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(2);
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_NAME_LENGTH = 200;

    /** What the throttle says about an attempt. */
    public enum Verdict {
        /** Counted; check the password. */
        ALLOWED,
        /** Too soon after the previous failure: refused unchecked, not counted. */
        TOO_SOON,
        /** Too many failures: refused unchecked until the lock ends. */
        LOCKED
    }

    /** How many attempts a key has had, and when the last counted one was. */
    private record Attempts(int count, Instant last) {}

    private final Clock clock;
    private final Cache<String, Attempts> byName;
    private final Cache<String, Attempts> byAddress;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
        this.byName = newTable(clock);
        this.byAddress = newTable(clock);
    }

    private static Cache<String, Attempts> newTable(Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(LOCK_DURATION)
                .ticker(() -> clock.millis() * 1_000_000L)
                // evictions run in the caller's thread: the size bound holds at once, not after a pool gets to it
                .executor(Runnable::run)
                .build();
    }

    /**
     * Decides whether an attempt for {@code name} from {@code address} may check its password, and if so counts
     * it against both.
     */
    public Verdict attempt(String name, String address) {
        String nameKey = nameKey(name);
        Instant now = clock.instant();
        Verdict byNameNow = decideAndCount(byName, nameKey, now);
        if (byNameNow != Verdict.ALLOWED) {
            return byNameNow;
        }
        Verdict byAddressNow = decideAndCount(byAddress, address, now);
        if (byAddressNow != Verdict.ALLOWED) {
            takeBack(byName, nameKey);
        }
        return byAddressNow;
    }

    /**
     * The verdict for one key, and the attempt counted when it is allowed, in one atomic step: two attempts at the
     * same moment both count, and neither can pass a limit the other reached.
     */
    private Verdict decideAndCount(Cache<String, Attempts> table, String key, Instant now) {
        Verdict[] verdict = {Verdict.ALLOWED};
        table.asMap().compute(key, (k, old) -> {
            verdict[0] = verdict(old, now);
            return verdict[0] == Verdict.ALLOWED ? counted(old, now) : old;
        });
        return verdict[0];
    }

    private static void takeBack(Cache<String, Attempts> table, String key) {
        table.asMap()
                .computeIfPresent(key, (k, old) -> old.count() <= 1 ? null : new Attempts(old.count() - 1, old.last()));
    }

    /** The password was right: forget the name's count, and take this attempt back from the address's count. */
    public void succeeded(String name, String address) {
        byName.invalidate(nameKey(name));
        takeBack(byAddress, address);
    }

    /** How long after the previous counted attempt the next may come, given how many were counted. */
    static Duration delayAfter(int counted) {
        if (counted < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(counted - FREE_ATTEMPTS, 8);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Names and addresses remembered, for tests of the memory bound. */
    long remembered() {
        byName.cleanUp();
        byAddress.cleanUp();
        return byName.estimatedSize() + byAddress.estimatedSize();
    }

    private Verdict verdict(Attempts attempts, Instant now) {
        if (attempts == null || stale(attempts, now)) {
            return Verdict.ALLOWED;
        }
        if (attempts.count() >= LOCK_AFTER) {
            return Verdict.LOCKED;
        }
        return now.isBefore(attempts.last().plus(delayAfter(attempts.count()))) ? Verdict.TOO_SOON : Verdict.ALLOWED;
    }

    private static boolean stale(Attempts attempts, Instant now) {
        return !now.isBefore(attempts.last().plus(LOCK_DURATION));
    }

    private static Attempts counted(Attempts old, Instant now) {
        return old == null || stale(old, now) ? new Attempts(1, now) : new Attempts(old.count() + 1, now);
    }

    /** Sign-in ignores the case of names (as the account store does), so the count does too. */
    private static String nameKey(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME_LENGTH ? key.substring(0, MAX_NAME_LENGTH) : key;
    }
}
