package dev.parley.network;

/** A position in the layout box, {@code [0, 1000] x [0, 1000]}, y growing downwards as on screen. */
public record Point(double x, double y) {
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point needs finite coordinates: " + x + ", " + y);
        }
    }
}
