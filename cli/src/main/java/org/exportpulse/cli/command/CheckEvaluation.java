package org.exportpulse.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.exportpulse.check.CheckReport;
import org.exportpulse.check.ClaimChecker;
import org.exportpulse.check.EvaluationLabel;
import org.exportpulse.export.CheckJson;

/**
 * {@code pulse check --eval DIR}: runs the checker over a labelled set ({@code *.txt} articles and
 * {@code labels.json}, layout in docs/contracts.md) and prints each miss, then labels matched,
 * verdicts right and errors caught.
 */
final class CheckEvaluation {

    private final ClaimChecker checker;
    private final PrintWriter out;

    CheckEvaluation(ClaimChecker checker, PrintWriter out) {
        this.checker = checker;
        this.out = out;
    }

    int run(Path dir) throws IOException {
        Path labelsFile = dir.resolve("labels.json");
        if (!Files.isRegularFile(labelsFile)) {
            throw new NoSuchFileException(labelsFile.toString(), null, "no labels.json in the evaluation folder");
        }
        JsonNode articles = labels(labelsFile).path("articles");
        if (!articles.isObject()) {
            throw new IllegalArgumentException(
                    labelsFile + ": articles: missing (expected an object of article names)");
        }
        List<EvaluationLabel.Result> results = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = articles.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> article = it.next();
            results.addAll(article(dir, labelsFile, article.getKey(), article.getValue()));
        }
        summary(results);
        return 0;
    }

    private static JsonNode labels(Path file) throws IOException {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(
                    file + ":" + line + ": not valid JSON (expected the labels layout of" + " docs/contracts.md): "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    private List<EvaluationLabel.Result> article(Path dir, Path labelsFile, String name, JsonNode spec)
            throws IOException {
        String text = CheckCommand.read(dir.resolve(name).toString());
        LocalDate date = spec.hasNonNull("date")
                ? Arguments.date(
                        labelsFile + ": " + name + ": date", spec.get("date").asText())
                : null;
        CheckReport report = checker.check(text, date);
        List<EvaluationLabel.Result> results = new ArrayList<>();
        for (JsonNode l : spec.path("claims")) {
            EvaluationLabel label = new EvaluationLabel(
                    l.path("key").asText(), l.path("n").asInt(0), strings(l.path("ok")), strings(l.path("must")));
            EvaluationLabel.Result r =
                    label.judge(text, report.claims(), c -> CheckJson.claim(c).toString());
            results.add(r);
            if (!r.verdictRight()) {
                out.println(miss(name, r));
            }
        }
        return results;
    }

    private static String miss(String article, EvaluationLabel.Result r) {
        EvaluationLabel l = r.label();
        String where = article + " \"" + l.key() + "\"#" + l.n() + ": expected " + String.join("|", l.ok());
        if (!r.keyFound()) {
            return where + "; the key is not in the article";
        }
        if (!r.matched()) {
            return where + "; no claim found there";
        }
        return where + ", got " + r.claim().verdict().code() + " (" + r.claim().explanation() + ")";
    }

    private void summary(List<EvaluationLabel.Result> results) {
        long matched = results.stream().filter(EvaluationLabel.Result::matched).count();
        long right =
                results.stream().filter(EvaluationLabel.Result::verdictRight).count();
        long errors =
                results.stream().filter(EvaluationLabel.Result::expectsError).count();
        long caught = results.stream()
                .filter(r -> r.expectsError() && r.verdictRight())
                .count();
        out.printf("labels matched  %d/%d%n", matched, results.size());
        out.printf("verdicts right  %d/%d%n", right, results.size());
        out.printf("errors caught   %d/%d%n", caught, errors);
        out.flush();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
