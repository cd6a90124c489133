package org.canticle.system;

/** One bad field in a 400 problem's {@code errors} list. */
public record FieldProblem(String field, String message) {
}
