package dev.profilebot.eval;

import dev.profilebot.answer.Answer;
import dev.profilebot.answer.AnswerService;
import java.util.List;

/** Runs a question set through the answer service and scores every answer. */
public final class EvalRunner {

    private final AnswerService answers;

    public EvalRunner(AnswerService answers) {
        this.answers = answers;
    }

    public EvalReport run(List<EvalCase> cases) {
        EvalReport report = new EvalReport();
        for (EvalCase evalCase : cases) {
            Answer answer = answers.answer(evalCase.question());
            String failure = EvalScorer.failure(evalCase, answer.text()).orElse(null);
            report.add(new EvalReport.Result(evalCase, answer.text(), answer.millis(), failure));
        }
        return report;
    }
}
