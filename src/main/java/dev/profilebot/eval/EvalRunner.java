package dev.profilebot.eval;

import dev.profilebot.answer.Answer;
import dev.profilebot.answer.AnswerService;
import dev.profilebot.answer.Question;
import java.util.List;

/**
 * Runs a question set through the answer service and scores every answer; the cases of one
 * conversation share its memory, in file order.
 */
public final class EvalRunner {

    private final AnswerService answers;

    public EvalRunner(AnswerService answers) {
        this.answers = answers;
    }

    public EvalReport run(List<EvalCase> cases) {
        EvalReport report = new EvalReport();
        for (EvalCase evalCase : cases) {
            Question question = evalCase.conversation()
                    .map(conversation -> Question.in("eval:" + conversation, evalCase.question()))
                    .orElseGet(() -> Question.standalone(evalCase.question()));
            Answer answer = answers.answer(question);
            String failure = EvalScorer.failure(evalCase, answer.text()).orElse(null);
            report.add(new EvalReport.Result(evalCase, answer.text(), answer.millis(), failure));
        }
        return report;
    }
}
