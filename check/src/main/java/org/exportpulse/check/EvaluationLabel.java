package org.exportpulse.check;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One labelled claim of an evaluation set: the {@code n}-th occurrence (0-based) of {@code key} in
 * the article; the claim with the shortest span overlapping it is judged. Its verdict must be one
 * of {@code ok}; when that verdict flags an error, one of {@code must} has to appear in the
 * claim's JSON (the right figure or cause).
 */
public record EvaluationLabel(String key, int n, List<String> ok, List<String> must) {

    public EvaluationLabel {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a label needs a non-empty key");
        }
        if (n < 0) {
            throw new IllegalArgumentException("label '" + key + "': n " + n + " is negative (expected 0 or more)");
        }
        ok = List.copyOf(ok);
        must = List.copyOf(must);
    }

    /** How the checker did on one label. */
    public record Result(EvaluationLabel label, CheckedClaim claim, boolean keyFound, boolean verdictRight) {

        public boolean matched() {
            return claim != null;
        }

        /** Whether the label expects the checker to flag an error (contradicted or inconsistent). */
        public boolean expectsError() {
            return label.ok().stream()
                    .anyMatch(v -> v.equals(Verdict.CONTRADICTED.code()) || v.equals(Verdict.INCONSISTENT.code()));
        }
    }

    /**
     * Judges the checker's claims on this label.
     *
     * @param json a claim's JSON text, where {@code must} is looked for
     */
    public Result judge(String text, List<CheckedClaim> claims, Function<CheckedClaim, String> json) {
        int at = occurrence(text);
        if (at < 0) {
            return new Result(this, null, false, false);
        }
        int end = at + key.length();
        Optional<CheckedClaim> claim = claims.stream()
                .filter(c -> c.start() < end && at < c.end())
                .min(Comparator.comparingInt(c -> c.end() - c.start()));
        if (claim.isEmpty()) {
            return new Result(this, null, true, false);
        }
        CheckedClaim c = claim.get();
        boolean right = ok.contains(c.verdict().code());
        if (right && c.verdict().flagsError() && !must.isEmpty()) {
            String j = json.apply(c);
            right = must.stream().anyMatch(j::contains);
        }
        return new Result(this, c, true, right);
    }

    private int occurrence(String text) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(key, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
