package dev.parley.network;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed once, on first use, safely from several threads. */
final class Lazy<T> implements Supplier<T> {
    private Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute);
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = Objects.requireNonNull(compute.get());
                    value = result;
                    compute = null;
                }
            }
        }
        return result;
    }
}
