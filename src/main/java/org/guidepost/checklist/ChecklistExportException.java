package org.guidepost.checklist;

/** A checklist that cannot be exported as asked (unknown name or language, no PDF font): a message and what to do. */
public final class ChecklistExportException extends Exception {

    private final String hint;

    ChecklistExportException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
