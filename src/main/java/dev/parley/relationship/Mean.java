package dev.parley.relationship;

import java.util.OptionalDouble;

/**
 * A running mean of Goldstein scores: how many were added and their sum.
 *
 * @param count the number of scores
 * @param sum their sum
 */
public record Mean(int count, double sum) {
    public static final Mean NONE = new Mean(0, 0);

    public Mean {
        if (count < 0 || (count == 0 && sum != 0)) {
            throw new IllegalArgumentException("a mean of " + count + " scores cannot sum to " + sum);
        }
    }

    public Mean plus(double score) {
        return new Mean(count + 1, sum + score);
    }

    public Mean plus(Mean other) {
        return new Mean(count + other.count, sum + other.sum);
    }

    /** The mean; empty without scores. */
    public OptionalDouble value() {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
    }
}
