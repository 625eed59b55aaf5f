package io.triangulate.eval;

/**
 * Precision and recall of one claim type over a labelled set: true positives, false positives, false
 * negatives, and the target both must reach (null for figures reported but not held to a target).
 */
public record Score(String type, int truePositives, int falsePositives, int falseNegatives, Double target) {
    /** Of what was extracted, the share that is right; 1 when nothing was extracted. */
    public double precision() {
        int n = truePositives + falsePositives;
        return n == 0 ? 1.0 : (double) truePositives / n;
    }

    /** Of what the labels hold, the share that was extracted; 1 when the labels hold nothing. */
    public double recall() {
        int n = truePositives + falseNegatives;
        return n == 0 ? 1.0 : (double) truePositives / n;
    }

    public boolean meetsTarget() {
        return target == null || (precision() >= target && recall() >= target);
    }

    Score plus(int tp, int fp, int fn) {
        return new Score(type, truePositives + tp, falsePositives + fp, falseNegatives + fn, target);
    }
}
