package vn.quyentreem.portal.platform;

import java.util.List;

/**
 * Something a feature will not do as asked, with the reason in Vietnamese for the person asking and the HTTP status
 * the API answers with. Features subclass it so callers can tell whose rule said no. A refusal of bad input may
 * carry each problem with the input it is about.
 */
public class Refusal extends RuntimeException {

    private final int status;
    private final List<Problem> problems;

    public Refusal(int status, String message) {
        super(message);
        this.status = status;
        this.problems = List.of(Problem.of(message));
    }

    public Refusal(int status, List<Problem> problems) {
        super(Problem.sentence(problems));
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }
}
